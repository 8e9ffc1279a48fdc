using Story.KurrentDb;

namespace Story.Store.Tests.KurrentDb;

/// <summary>
/// The real KurrentDB the server tests use, named by the environment variable STORY_TEST_KURRENTDB (a
/// kurrentdb:// connection string). Nothing here starts a server; without the variable those tests are skipped.
/// </summary>
internal static class KurrentDbTestServer
{
    public const string Variable = "STORY_TEST_KURRENTDB";

    public const string NotRunMessage =
        "KurrentDB contract suite NOT RUN: set STORY_TEST_KURRENTDB=kurrentdb://admin:changeit@localhost:2113?tls=false to run it";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>A store on its own log stream and stream namespace, so tests sharing one server start empty.</summary>
    public static KurrentDbEventStore CreateIsolatedStore(TimeProvider time)
    {
        var connectionString = KurrentDbConnectionString.Parse(ConnectionString
            ?? throw new InvalidOperationException($"{Variable} is not set."));
        var run = Guid.NewGuid().ToString("N");
        return KurrentDbEventStore.Create(connectionString, new KurrentDbStoreOptions
        {
            Time = time,
            LogStream = $"$story-log-{run}",
            StreamNamespace = $"test-{run}.",
        });
    }
}

/// <summary>A fact that needs a real KurrentDB: reported as skipped, with the reason, when STORY_TEST_KURRENTDB is not set.</summary>
public sealed class KurrentDbFactAttribute : FactAttribute
{
    public KurrentDbFactAttribute()
    {
        if (KurrentDbTestServer.ConnectionString is null)
        {
            Skip = KurrentDbTestServer.NotRunMessage;
        }
    }
}
