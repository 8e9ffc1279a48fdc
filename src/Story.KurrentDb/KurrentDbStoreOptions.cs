namespace Story.KurrentDb;

/// <summary>How the KurrentDB engine behaves beyond where it connects.</summary>
public sealed class KurrentDbStoreOptions
{
    /// <summary>The clock for recordedAt (not for retry pauses, which always use real time).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The KurrentDB stream that holds Story's global log (the order, the positions and the hash chain). A
    /// <c>$</c> name is a system stream: KurrentDB lets only admins write it by default.
    /// </summary>
    public string LogStream { get; init; } = "$story-log";

    /// <summary>
    /// Put before every story stream's name in KurrentDB ("story-kyiv" is stored in the KurrentDB stream
    /// <c>StreamNamespace + "story-kyiv"</c>), so several Story logs can share one KurrentDB without sharing story
    /// streams. Story's stream ids, as callers see them, do not include it. Empty by default.
    /// </summary>
    public string StreamNamespace { get; init; } = string.Empty;

    /// <summary>How often an append retries when other writers keep extending the log first.</summary>
    public int MaxAppendAttempts { get; init; } = 30;

    public TimeSpan ResubscribeInitialDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan ResubscribeMaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Told when a subscription lost its connection and how long it waits before subscribing again (e.g. to log it).</summary>
    public Action<Exception, TimeSpan>? OnSubscriptionDropped { get; init; }
}
