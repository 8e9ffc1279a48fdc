namespace Story.KurrentDb;

/// <summary>KurrentDB refused the credentials, or the user may not read or write the stream.</summary>
public sealed class KurrentDbAccessDeniedException(string message, Exception innerException) : Exception(message, innerException);
