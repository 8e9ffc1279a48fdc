using System.Runtime.CompilerServices;
using Story.KurrentDb.Envelope;
using Story.KurrentDb.Protocol;
using Story.KurrentDb.Protocol.Streams;
using Story.Store;

namespace Story.KurrentDb.Reading;

/// <summary>Reads the Story log stream (the global order) and the story streams (their copies, per story). Stream ids are Story's; the namespace is added here.</summary>
internal sealed class StoryLogReader(StreamsClient client, string logStream, string streamNamespace, TimeSpan deadline)
{
    /// <summary>The log after <paramref name="afterPosition"/>: Story position p is log revision p - 1, so this starts at revision <paramref name="afterPosition"/>.</summary>
    public async IAsyncEnumerable<RecordedEvent> ReadLogAsync(long afterPosition, ulong count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);

        // No deadline: a long read is paced by its consumer, and each response proves the server alive.
        await foreach (var response in client.ReadAsync(ReadRequests.StreamForwards(logStream, (ulong)afterPosition, count), null, cancellationToken))
        {
            switch (response.ContentCase)
            {
                case ReadResp.ContentOneofCase.Event:
                    yield return StoryEnvelope.FromLog(response.Event.Event, logStream);
                    break;
                case ReadResp.ContentOneofCase.StreamNotFound:
                    yield break;
            }
        }
    }

    public async IAsyncEnumerable<RecordedEvent> ReadStoryStreamAsync(string streamId, long fromVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = ReadRequests.StreamForwards(streamNamespace + streamId, ExpectedRevisions.ToRevision(fromVersion));
        await foreach (var response in client.ReadAsync(request, null, cancellationToken))
        {
            switch (response.ContentCase)
            {
                case ReadResp.ContentOneofCase.Event:
                    yield return StoryEnvelope.FromStoryStream(response.Event.Event, streamId);
                    break;
                case ReadResp.ContentOneofCase.StreamNotFound:
                    yield break;
            }
        }
    }

    public async Task<long> GetHeadPositionAsync(CancellationToken cancellationToken) =>
        await LastRevisionAsync(logStream, cancellationToken) is { } revision ? ExpectedRevisions.ToVersion(revision) : 0;

    public async Task<long> GetStoryStreamVersionAsync(string streamId, CancellationToken cancellationToken) =>
        await LastRevisionAsync(streamNamespace + streamId, cancellationToken) is { } revision ? ExpectedRevisions.ToVersion(revision) : 0;

    private async Task<ulong?> LastRevisionAsync(string stream, CancellationToken cancellationToken)
    {
        await foreach (var response in client.ReadAsync(ReadRequests.StreamBackwardsFromEnd(stream, 1), deadline, cancellationToken))
        {
            if (response.ContentCase == ReadResp.ContentOneofCase.Event)
            {
                return response.Event.Event?.StreamRevision;
            }
        }

        return null;
    }
}
