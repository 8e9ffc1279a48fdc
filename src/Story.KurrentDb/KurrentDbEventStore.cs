using Story.KurrentDb.Appending;
using Story.KurrentDb.Connection;
using Story.KurrentDb.Grpc;
using Story.KurrentDb.Protocol;
using Story.KurrentDb.Reading;
using Story.KurrentDb.Subscriptions;
using Story.Store;

namespace Story.KurrentDb;

/// <summary>
/// Story's event store on KurrentDB (EventStoreDB), spoken to over its gRPC protocol. One KurrentDB stream, the
/// Story log (<see cref="KurrentDbStoreOptions.LogStream"/>), holds every Story event in global order: Story position
/// p is its revision p - 1, so positions are gap-free and committed in order by KurrentDB itself. Appends are
/// optimistic on that log. Each story's events are also copied into their own stream (<c>story-…</c>) for reads of
/// one story and for KurrentDB's own tools.
/// </summary>
public sealed class KurrentDbEventStore : IEventStore
{
    private readonly KurrentDbConnectionString _connectionString;
    private readonly KurrentDbStoreOptions _options;
    private readonly GrpcConnection _connection;
    private readonly StoryLogReader _reader;
    private readonly StoryLogWriter _writer;
    private readonly LogSubscription _subscription;

    internal KurrentDbEventStore(KurrentDbConnectionString connectionString, HttpMessageHandler handler, KurrentDbStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.LogStream))
        {
            throw new ArgumentException("The Story log stream needs a name.", nameof(options));
        }

        _connectionString = connectionString;
        _options = options;
        var authorization = connectionString.UserName is { } user
            ? GrpcConnection.Basic(user, connectionString.Password ?? string.Empty)
            : null;
        _connection = new GrpcConnection(handler, connectionString.Address, authorization);
        var client = new StreamsClient(_connection);
        _reader = new StoryLogReader(client, options.LogStream, options.StreamNamespace, connectionString.DefaultDeadline);
        _writer = new StoryLogWriter(client, _reader, options, connectionString.DefaultDeadline);
        _subscription = new LogSubscription(client, options);
    }

    /// <inheritdoc />
    public string Description =>
        $"KurrentDB at {_connectionString.Address}{(_connectionString.UserName is { } user ? $" as {user}" : string.Empty)} (Story log stream '{_options.LogStream}')";

    public static KurrentDbEventStore Create(KurrentDbConnectionString connectionString, KurrentDbStoreOptions? options = null) =>
        new(connectionString, KurrentDbHttpHandler.Create(connectionString), options ?? new KurrentDbStoreOptions());

    /// <inheritdoc />
    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _reader.GetHeadPositionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is GrpcCallException or KurrentDbAccessDeniedException or KurrentDbNotLeaderException)
        {
            throw new StoreUnavailableException($"{Description} is not usable: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        ValidateStreamId(streamId);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        if (events.Select(e => e.EventId).Distinct().Count() != events.Count)
        {
            throw new ArgumentException("The event ids of one append must be distinct.", nameof(events));
        }

        return _writer.AppendAsync(streamId, expected, events, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ValidateStreamId(streamId);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromVersion, 1);
        return _reader.ReadStoryStreamAsync(streamId, fromVersion, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, CancellationToken cancellationToken = default) =>
        _reader.ReadLogAsync(afterPosition, ReadRequests.Everything, cancellationToken);

    /// <inheritdoc />
    public Task<long> GetHeadPositionAsync(CancellationToken cancellationToken = default) => _reader.GetHeadPositionAsync(cancellationToken);

    /// <inheritdoc />
    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ValidateStreamId(streamId);
        return _reader.GetStoryStreamVersionAsync(streamId, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RecordedEvent> SubscribeAsync(long afterPosition, SubscriptionFilter? filter = null, CancellationToken cancellationToken = default) =>
        _subscription.RunAsync(afterPosition, filter, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _writer.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private void ValidateStreamId(string streamId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        if (streamId.StartsWith('$') || string.Equals(streamId, _options.LogStream, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{streamId}' is not a story stream: names starting with '$' are KurrentDB's system streams, and '{_options.LogStream}' is the Story log.", nameof(streamId));
        }
    }
}
