using Story.Tests.Support;
using System.Text.Json.Nodes;

namespace Story.Store.Tests.Postgres.Cli;

/// <summary>The same story seeded through the real `story` program into SQLite and into PostgreSQL answers every query alike.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CrossEngineCliTests(PostgresServerFixture server)
{
    private const string BeforeMeeting = "2025-11-20T10:00Z";
    private const string AfterMeeting = "2025-11-21T23:59Z";

    /// <summary>
    /// Only these differ between engines, legitimately: each store stamps its own recording time, and the hash chain
    /// covers that time. Event ids are deterministic and positions are assigned in the same order.
    /// </summary>
    private static readonly HashSet<string> EngineSpecific = ["recordedAt", "hash", "previousHash", "headHash"];

    /// <summary>
    /// The other time that differs between the two seedings: a desk correction (no report) is reported when the desk
    /// appends it, which is when each `story seed` ran.
    /// </summary>
    private const string SeedingTime = "(when story seed ran)";

    private static readonly SemaphoreSlim SeedOnce = new(1, 1);
    private static Seeded? _seeded;

    public static TheoryData<string[]> Queries => new()
    {
        new[] { "state" },
        new[] { "state", "--at", BeforeMeeting },
        new[] { "state", "--at", AfterMeeting },
        new[] { "state", "--at", AfterMeeting, "--axis", "recorded" },
        new[] { "state", "--position", "60" },
        new[] { "diff", "--from", BeforeMeeting, "--to", AfterMeeting },
        new[] { "audit", "territorial-concessions" },
        new[] { "audit", "kallas-sovereignty-warning" },
        new[] { "timeline" },
        new[] { "sources" },
        new[] { "verify" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_SameStorySeededIntoSqliteAndPostgres_PrintsTheSameJson(string[] query)
    {
        // Given the seed story appended by `story seed` to a SQLite file and to a PostgreSQL database
        var seeded = await SeedAsync();

        // When the same query is asked of both
        var sqlite = await StoryProcess.RunAsync(seeded.Folder.Path, [.. query, "--json", "--store", seeded.Sqlite]);
        var postgres = await StoryProcess.RunAsync(seeded.Folder.Path, [.. query, "--json", "--store", seeded.Postgres]);

        // Then both answer, with the same JSON once the recording times and the hashes over them are set aside
        Assert.True(sqlite.ExitCode == 0, sqlite.ToString());
        Assert.True(postgres.ExitCode == 0, postgres.ToString());
        var expected = WithoutEngineSpecificFields(sqlite.Stdout, seeded.SeedingStarted);
        Assert.True(JsonNode.Parse(expected) is JsonObject { Count: >= 2 }, "the query printed an answer worth comparing: " + expected);
        Assert.Equal(expected, WithoutEngineSpecificFields(postgres.Stdout, seeded.SeedingStarted));
    }

    private static string WithoutEngineSpecificFields(string json, DateTimeOffset seedingStarted)
    {
        var node = JsonNode.Parse(json)!;
        Strip(node, seedingStarted);
        return node.ToJsonString();
    }

    private static void Strip(JsonNode? node, DateTimeOffset seedingStarted)
    {
        switch (node)
        {
            case JsonValue v when v.TryGetValue<DateTimeOffset>(out var time) && time >= seedingStarted:
                v.ReplaceWith(SeedingTime);
                break;
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(EngineSpecific.Contains).ToList())
                {
                    o.Remove(key);
                }

                foreach (var (_, child) in o.ToList())
                {
                    Strip(child, seedingStarted);
                }

                break;
            case JsonArray a:
                foreach (var child in a.ToList())
                {
                    Strip(child, seedingStarted);
                }

                break;
        }
    }

    private async Task<Seeded> SeedAsync()
    {
        await SeedOnce.WaitAsync();
        try
        {
            if (_seeded is null)
            {
                var folder = new WorkFolder();
                var started = DateTimeOffset.UtcNow.AddSeconds(-1);
                var postgres = "postgres:" + await server.CreateDatabaseAsync();
                var sqliteSeed = await StoryProcess.RunAsync(folder.Path, "seed", "--json", "--store", "sqlite:story.db");
                var postgresSeed = await StoryProcess.RunAsync(folder.Path, "seed", "--json", "--store", postgres);
                Assert.True(sqliteSeed.ExitCode == 0, sqliteSeed.ToString());
                Assert.True(postgresSeed.ExitCode == 0, postgresSeed.ToString());
                _seeded = new Seeded(folder, started, "sqlite:story.db", postgres);
            }

            return _seeded;
        }
        finally
        {
            SeedOnce.Release();
        }
    }

    private sealed record Seeded(WorkFolder Folder, DateTimeOffset SeedingStarted, string Sqlite, string Postgres);
}
