using Story.Audit;
using Story.KurrentDb.Envelope;
using Story.KurrentDb.Protocol;
using Story.KurrentDb.Protocol.Streams;
using Story.KurrentDb.Reading;
using Story.KurrentDb.Subscriptions;
using Story.Store;

namespace Story.KurrentDb.Appending;

/// <summary>
/// Appends to the Story log with optimistic concurrency on the whole log: it computes positions and hashes from
/// the head it knows, and KurrentDB accepts the batch only if the log is still at that head. If another writer got
/// there first it catches up and tries again. After the log append it copies the batch into the story's own stream.
/// </summary>
internal sealed class StoryLogWriter(StreamsClient client, StoryLogReader reader, KurrentDbStoreOptions options, TimeSpan deadline) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly LogIndex _index = new();

    public async Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        // One writer per process at a time: writers in one process would only race each other for the same head.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var contention = new ExponentialBackoff(TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(250));
            for (var attempt = 1; ; attempt++)
            {
                await CatchUpAsync(cancellationToken);
                await CopyTailAsync(cancellationToken);
                if (await TryAppendAsync(streamId, expected, events, cancellationToken) is { } result)
                {
                    return result;
                }

                if (attempt >= options.MaxAppendAttempts)
                {
                    throw new StoreUnavailableException(
                        $"Gave up appending to '{streamId}' after {attempt} attempts: other writers kept extending the Story log '{options.LogStream}' first. Nothing of the batch was appended.");
                }

                await Task.Delay(contention.Next(), cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <returns>The result, or null when another writer extended the log first.</returns>
    private async Task<AppendResult?> TryAppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        var positions = new long[events.Count];
        var fresh = new List<(int Index, EventData Event)>();
        for (var i = 0; i < events.Count; i++)
        {
            if (_index.TryGetPosition(events[i].EventId, out var stored))
            {
                positions[i] = stored;
            }
            else
            {
                fresh.Add((i, events[i]));
            }
        }

        var current = _index.VersionOf(streamId);
        if (fresh.Count == 0)
        {
            return new AppendResult(streamId, current, positions, 0, events.Count);
        }

        if (!expected.IsSatisfiedBy(current))
        {
            throw new WrongExpectedVersionException(streamId, expected, current);
        }

        var recordedAt = StoreClock.Now(options.Time);
        var previousHash = _index.HeadHash;
        var batch = new List<RecordedEvent>(fresh.Count);
        foreach (var (index, e) in fresh)
        {
            var position = _index.Head + batch.Count + 1;
            var version = current + batch.Count + 1;
            var data = CanonicalJson.Normalize(e.Data);
            var hash = HashChain.Compute(previousHash, e.EventId, streamId, version, e.EventType, recordedAt, data, e.Metadata);
            batch.Add(new RecordedEvent(position, streamId, version, e.EventId, e.EventType, data, e.Metadata, recordedAt, previousHash, hash));
            positions[index] = position;
            previousHash = hash;
        }

        var logExpected = _index.Head == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exact(_index.Head);
        var response = await client.AppendAsync(
            ExpectedRevisions.Options(options.LogStream, logExpected),
            batch.ConvertAll(StoryEnvelope.ToProposedMessage),
            deadline,
            cancellationToken);
        if (response.ResultCase != AppendResp.ResultOneofCase.Success)
        {
            return null;
        }

        foreach (var e in batch)
        {
            _index.Add(e);
        }

        await CopyToStoryStreamAsync(streamId, batch, cancellationToken);
        _index.MaterializedThrough = _index.Head;
        return new AppendResult(streamId, current + batch.Count, positions, batch.Count, events.Count - batch.Count);
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await foreach (var e in reader.ReadLogAsync(_index.Head, ReadRequests.Everything, cancellationToken))
        {
            _index.Add(e);
        }
    }

    /// <summary>
    /// Every writer copies its batch into the story stream before it returns, and appends only after the previous
    /// batch is copied; so only the last batch of the log can lack its copy (its writer stopped in between).
    /// Copy it on that writer's behalf; if it is copying too, KurrentDB treats the second, identical append
    /// (same ids, same expected revision) as a repeat and succeeds.
    /// </summary>
    private async Task CopyTailAsync(CancellationToken cancellationToken)
    {
        if (_index.MaterializedThrough >= _index.Head || _index.HeadStream is not { } streamId)
        {
            return;
        }

        var inLog = _index.VersionOf(streamId);
        var copied = await reader.GetStoryStreamVersionAsync(streamId, cancellationToken);
        if (copied < inLog)
        {
            var firstMissing = _index.PositionOf(streamId, copied + 1);
            var missing = new List<RecordedEvent>();
            await foreach (var e in reader.ReadLogAsync(firstMissing - 1, (ulong)(_index.Head - firstMissing + 1), cancellationToken))
            {
                if (e.StreamId == streamId)
                {
                    missing.Add(e);
                }
            }

            await CopyToStoryStreamAsync(streamId, missing, cancellationToken);
        }

        _index.MaterializedThrough = _index.Head;
    }

    private async Task CopyToStoryStreamAsync(string streamId, List<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        var first = batch[0].StreamVersion;
        var expected = first == 1 ? ExpectedVersion.NoStream : ExpectedVersion.Exact(first - 1);
        var response = await client.AppendAsync(
            ExpectedRevisions.Options(options.StreamNamespace + streamId, expected),
            batch.ConvertAll(StoryEnvelope.ToProposedMessage),
            deadline,
            cancellationToken);
        if (response.ResultCase != AppendResp.ResultOneofCase.Success)
        {
            var actual = ExpectedRevisions.ActualVersion(response.WrongExpectedVersion);
            throw new InvalidDataException(
                $"The Story log '{options.LogStream}' holds versions {first}..{batch[^1].StreamVersion} of '{streamId}', but the KurrentDB stream '{streamId}' is at version {actual}, "
                + "so something other than Story wrote to it. The log is intact; reads of this story from its stream stay wrong until that stream is repaired.");
        }
    }
}
