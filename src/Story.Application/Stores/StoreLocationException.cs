namespace Story.Application.Stores;

/// <summary>The <c>--store</c> / <c>STORY_STORE</c> value cannot be understood.</summary>
public sealed class StoreLocationException(string message) : Exception(message);
