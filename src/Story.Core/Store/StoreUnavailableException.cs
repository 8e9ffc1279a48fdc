namespace Story.Store;

/// <summary>The store cannot be opened or reached; the message says why and what to do.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string message) : base(message) { }

    public StoreUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
