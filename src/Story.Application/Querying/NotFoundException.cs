namespace Story.Application.Querying;

/// <summary>The thing asked for does not exist (at that moment).</summary>
public sealed class NotFoundException(string message) : Exception(message);
