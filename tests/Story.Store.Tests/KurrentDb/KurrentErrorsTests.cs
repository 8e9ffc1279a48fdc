using Story.KurrentDb;
using Story.KurrentDb.Grpc;
using Story.KurrentDb.Protocol;
using Story.KurrentDb.Protocol.Streams;

namespace Story.Store.Tests.KurrentDb;

/// <summary>KurrentDB's error metadata (the <c>exception</c> trailer and its details) becomes errors a Story user can act on.</summary>
public sealed class KurrentErrorsTests
{
    private static readonly Uri Address = new("http://kurrent.test:2113/");

    private static async Task<Exception> AppendFailingWith(params (string Name, string Value)[] headers)
    {
        using var connection = new GrpcConnection(new TransportStub(TransportStub.TrailersOnly(headers)), Address, null);
        var client = new StreamsClient(connection);
        return await Record.ExceptionAsync(() => client.AppendAsync(
            ExpectedRevisions.Options("story-kyiv", ExpectedVersion.Exact(5)), [], TimeSpan.FromSeconds(5), CancellationToken.None));
    }

    [Fact]
    public async Task Append_WrongExpectedVersionMetadata_ThrowsStoryWrongExpectedVersionInStoryVersions()
    {
        // Given KurrentDB's metadata in its own numbering: expected revision 4, actual revision 6
        var failure = await AppendFailingWith(
            ("grpc-status", "9"),
            ("grpc-message", "Append failed due to WrongExpectedVersion. Stream: story-kyiv, Expected version: 4, Actual version: 6"),
            ("exception", "wrong-expected-version"),
            ("stream-name", "story-kyiv"),
            ("expected-version", "4"),
            ("actual-version", "6"));

        // Then Story counts events: expected 5, actual 7
        var wrong = Assert.IsType<WrongExpectedVersionException>(failure);
        Assert.Equal("story-kyiv", wrong.StreamId);
        Assert.Equal(ExpectedVersion.Exact(5), wrong.Expected);
        Assert.Equal(7, wrong.ActualVersion);
    }

    [Fact]
    public async Task Append_WrongExpectedVersionOnMissingStream_ActualIsZero()
    {
        // Given the stream does not exist (-1) and the writer expected it to (-4)
        var failure = await AppendFailingWith(
            ("grpc-status", "9"), ("exception", "wrong-expected-version"), ("stream-name", "story-new"), ("expected-version", "-4"), ("actual-version", "-1"));

        // Then
        var wrong = Assert.IsType<WrongExpectedVersionException>(failure);
        Assert.Equal(ExpectedVersion.StreamExists, wrong.Expected);
        Assert.Equal(0, wrong.ActualVersion);
    }

    [Fact]
    public async Task Append_StreamDeleted_NamesTheStream()
    {
        var failure = await AppendFailingWith(("grpc-status", "9"), ("exception", "stream-deleted"), ("stream-name", "story-gone"));

        var deleted = Assert.IsType<KurrentDbStreamDeletedException>(failure);
        Assert.Equal("story-gone", deleted.StreamName);
    }

    [Fact]
    public async Task Append_NotLeader_NamesTheLeader()
    {
        var failure = await AppendFailingWith(
            ("grpc-status", "5"), ("exception", "not-leader"), ("leader-endpoint-host", "node2.kurrent.test"), ("leader-endpoint-port", "2113"));

        var notLeader = Assert.IsType<KurrentDbNotLeaderException>(failure);
        Assert.Equal("node2.kurrent.test", notLeader.LeaderHost);
        Assert.Equal(2113, notLeader.LeaderPort);
    }

    [Fact]
    public async Task Append_AccessDenied_IsAccessDenied()
    {
        var failure = await AppendFailingWith(("grpc-status", "7"), ("grpc-message", "Access Denied"), ("exception", "access-denied"));

        Assert.IsType<KurrentDbAccessDeniedException>(failure);
    }

    [Fact]
    public async Task Append_BadCredentials_SaysToCheckThem()
    {
        var failure = await AppendFailingWith(("grpc-status", "16"), ("grpc-message", "Bad credentials"));

        var denied = Assert.IsType<KurrentDbAccessDeniedException>(failure);
        Assert.Contains("user and password", denied.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_Unavailable_IsStoreUnavailableNamingTheAddress()
    {
        var failure = await AppendFailingWith(("grpc-status", "14"), ("grpc-message", "Server Is Not Ready"));

        var unavailable = Assert.IsType<StoreUnavailableException>(failure);
        Assert.Contains("kurrent.test:2113", unavailable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_OtherStatus_StaysAGrpcFailure()
    {
        var failure = await AppendFailingWith(("grpc-status", "3"), ("grpc-message", "'Options' is a required argument"));

        var call = Assert.IsType<GrpcCallException>(failure);
        Assert.Equal(GrpcStatusCode.InvalidArgument, call.StatusCode);
    }

    [Theory]
    [InlineData(GrpcStatusCode.Unavailable, true)]
    [InlineData(GrpcStatusCode.Aborted, true)]
    [InlineData(GrpcStatusCode.DeadlineExceeded, true)]
    [InlineData(GrpcStatusCode.PermissionDenied, false)]
    [InlineData(GrpcStatusCode.InvalidArgument, false)]
    [InlineData(GrpcStatusCode.Internal, false)]
    public void IsTransient_ByStatus_ResubscribesOnlyWhenRetryingCanHelp(GrpcStatusCode status, bool transient) =>
        Assert.Equal(transient, KurrentErrors.IsTransient(new GrpcCallException(status, "x")));
}
