using System.Runtime.CompilerServices;
using Google.Protobuf;
using Story.KurrentDb.Grpc;
using Story.KurrentDb.Protocol.Streams;

namespace Story.KurrentDb.Protocol;

/// <summary>KurrentDB's Streams service (Append and Read), with failures translated to errors Story users can act on.</summary>
internal sealed class StreamsClient(GrpcConnection connection)
{
    public const string AppendMethod = "/event_store.client.streams.Streams/Append";
    public const string ReadMethod = "/event_store.client.streams.Streams/Read";

    public Uri Address => connection.Address;

    /// <summary>Appends atomically; a wrong expected revision comes back as <see cref="AppendResp.WrongExpectedVersion"/>, not as an error.</summary>
    public async Task<AppendResp> AppendAsync(AppendReq.Types.Options options, IReadOnlyList<AppendReq.Types.ProposedMessage> events, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var requests = new List<IMessage>(events.Count + 1) { new AppendReq { Options = options } };
        requests.AddRange(events.Select(e => new AppendReq { ProposedMessage = e }));
        try
        {
            return await connection.ClientStreamingAsync(AppendMethod, requests, AppendResp.Parser, new GrpcCallOptions(timeout, cancellationToken));
        }
        catch (GrpcCallException ex)
        {
            throw KurrentErrors.Translate(ex, Address);
        }
    }

    /// <summary>Streams the responses of a read or subscription.</summary>
    public async IAsyncEnumerable<ReadResp> ReadAsync(ReadReq request, TimeSpan? timeout, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var responses = connection.ServerStreamingAsync(ReadMethod, request, ReadResp.Parser, new GrpcCallOptions(timeout, cancellationToken));
        await using var enumerator = responses.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ReadResp response;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }

                response = enumerator.Current;
            }
            catch (GrpcCallException ex)
            {
                throw KurrentErrors.Translate(ex, Address);
            }

            yield return response;
        }
    }
}
