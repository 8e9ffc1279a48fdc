using Xunit.Abstractions;

namespace Story.Store.Tests.KurrentDb;

/// <summary>Says plainly, in every test run, whether the KurrentDB contract suite ran.</summary>
public sealed class KurrentDbContractReportTests(ITestOutputHelper output)
{
    [Fact]
    public void KurrentDbContract_ServerAbsent_IsReported()
    {
        if (KurrentDbTestServer.ConnectionString is null)
        {
            // Passing, but loudly: a CI log must show the engine was not exercised against a server.
            output.WriteLine(KurrentDbTestServer.NotRunMessage);
            Console.Error.WriteLine(KurrentDbTestServer.NotRunMessage);
            return;
        }

#if KURRENT_CONTRACT
        output.WriteLine($"KurrentDB contract suite runs against {Story.KurrentDb.KurrentDbConnectionString.Parse(KurrentDbTestServer.ConnectionString)}.");
#else
        const string notCompiled = "KurrentDB contract suite NOT RUN: STORY_TEST_KURRENTDB is set, but the suite is compiled in only when the variable is set at build time (rebuild with it set).";
        output.WriteLine(notCompiled);
        Console.Error.WriteLine(notCompiled);
#endif
    }
}

#if KURRENT_CONTRACT
// Compiled only when STORY_TEST_KURRENTDB is set at build time (see Story.Store.Tests.csproj), because the
// inherited contract tests are plain [Fact]s that xunit 2 cannot skip at run time.
// TODO(lead): this needs Story.Store.Tests.Contract.EventStoreContract from the contract branch; after merging,
// run: STORY_TEST_KURRENTDB='kurrentdb://admin:changeit@localhost:2113?tls=false' dotnet test tests/Story.Store.Tests --filter FullyQualifiedName~KurrentDb

/// <summary>The store contract against a real KurrentDB, each test on its own log stream and stream namespace.</summary>
public sealed class KurrentDbStoreContractTests : Story.Store.Tests.Contract.EventStoreContract
{
    protected override Task<IEventStore> CreateStoreAsync(TimeProvider time) =>
        Task.FromResult<IEventStore>(KurrentDbTestServer.CreateIsolatedStore(time));
}
#endif
