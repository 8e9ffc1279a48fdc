namespace Story.KurrentDb.Grpc;

/// <summary>How long a call may take (null: no deadline, as for subscriptions) and when the caller gives up.</summary>
internal readonly record struct GrpcCallOptions(TimeSpan? Timeout, CancellationToken CancellationToken);
