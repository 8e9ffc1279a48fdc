namespace Story.Postgres;

/// <summary>A retry after the database was lost: what was interrupted, how often it has failed, and how long until the next try.</summary>
/// <param name="Operation">"subscription" or "notification listener".</param>
/// <param name="Attempt">1 for the first retry after a failure, counting up until it succeeds.</param>
/// <param name="Delay">How long until the next try.</param>
/// <param name="Error">Why it failed.</param>
public sealed record StoreRetry(string Operation, int Attempt, TimeSpan Delay, Exception Error);
