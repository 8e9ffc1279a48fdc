using Story.KurrentDb.Protocol.Streams;
using static Story.KurrentDb.Protocol.Streams.ReadReq.Types;
using static Story.KurrentDb.Protocol.Streams.ReadReq.Types.Options.Types;

namespace Story.KurrentDb.Protocol;

/// <summary>
/// The read requests Story sends. KurrentDB rejects a read without a uuid option or without a filter choice,
/// so every request names both; Story asks for ids as strings.
/// </summary>
internal static class ReadRequests
{
    /// <summary>The count that reads to the end of a stream (the official clients use the same).</summary>
    public const ulong Everything = long.MaxValue;

    /// <summary>Reads a stream from <paramref name="fromRevision"/> (inclusive) forwards.</summary>
    public static ReadReq StreamForwards(string stream, ulong fromRevision, ulong count = Everything) =>
        Create(new Options
        {
            Stream = new StreamOptions { StreamIdentifier = StreamNames.ToWire(stream), Revision = fromRevision },
            ReadDirection = ReadDirection.Forwards,
            Count = count,
        });

    /// <summary>Reads the last <paramref name="count"/> events of a stream, newest first.</summary>
    public static ReadReq StreamBackwardsFromEnd(string stream, ulong count) =>
        Create(new Options
        {
            Stream = new StreamOptions { StreamIdentifier = StreamNames.ToWire(stream), End = new Empty() },
            ReadDirection = ReadDirection.Backwards,
            Count = count,
        });

    /// <summary>Catch-up then live on one stream, starting after <paramref name="afterRevision"/> (null: from its first event).</summary>
    public static ReadReq SubscribeToStream(string stream, ulong? afterRevision)
    {
        var streamOptions = new StreamOptions { StreamIdentifier = StreamNames.ToWire(stream) };
        if (afterRevision is { } revision)
        {
            streamOptions.Revision = revision;
        }
        else
        {
            streamOptions.Start = new Empty();
        }

        return Create(new Options { Stream = streamOptions, ReadDirection = ReadDirection.Forwards, Subscription = new SubscriptionOptions() });
    }

    /// <summary>Reads $all forwards from <paramref name="from"/> (inclusive; null: from the start), optionally only streams with the given prefixes.</summary>
    public static ReadReq AllForwards(AllPosition? from, ulong count, IReadOnlyCollection<string>? streamPrefixes = null)
    {
        var options = new Options { All = AllOptionsFrom(from), ReadDirection = ReadDirection.Forwards, Count = count };
        if (streamPrefixes is { Count: > 0 })
        {
            // A read's filter window is the batch it scans; "count" lets the server choose it.
            options.Filter = PrefixFilter(streamPrefixes, checkpointIntervalMultiplier: 1, maxSearchWindow: null);
        }

        return Create(options);
    }

    /// <summary>
    /// Catch-up then live on $all after <paramref name="after"/> (null: from the start), only streams with the given
    /// prefixes. Filtered subscriptions get a checkpoint every <paramref name="maxSearchWindow"/> ×
    /// <paramref name="checkpointIntervalMultiplier"/> events scanned, so a subscriber whose streams are rare still
    /// learns how far $all has been searched and can resume from there.
    /// </summary>
    public static ReadReq SubscribeToAll(AllPosition? after, IReadOnlyCollection<string> streamPrefixes, uint checkpointIntervalMultiplier = 1, uint maxSearchWindow = 32) =>
        Create(new Options
        {
            All = AllOptionsFrom(after),
            ReadDirection = ReadDirection.Forwards,
            Subscription = new SubscriptionOptions(),
            Filter = PrefixFilter(streamPrefixes, checkpointIntervalMultiplier, maxSearchWindow),
        });

    private static ReadReq Create(Options options)
    {
        options.UuidOption = new UUIDOption { String = new Empty() };
        if (options.FilterOptionCase == Options.FilterOptionOneofCase.None)
        {
            options.NoFilter = new Empty();
        }

        return new ReadReq { Options = options };
    }

    private static AllOptions AllOptionsFrom(AllPosition? position) =>
        position is { } p
            ? new AllOptions { Position = new Position { CommitPosition = p.CommitPosition, PreparePosition = p.PreparePosition } }
            : new AllOptions { Start = new Empty() };

    private static FilterOptions PrefixFilter(IReadOnlyCollection<string> prefixes, uint checkpointIntervalMultiplier, uint? maxSearchWindow)
    {
        var filter = new FilterOptions
        {
            StreamIdentifier = new FilterOptions.Types.Expression(),
            CheckpointIntervalMultiplier = checkpointIntervalMultiplier,
        };
        filter.StreamIdentifier.Prefix.Add(prefixes);
        if (maxSearchWindow is { } max)
        {
            filter.Max = max;
        }
        else
        {
            filter.Count = new Empty();
        }

        return filter;
    }
}
