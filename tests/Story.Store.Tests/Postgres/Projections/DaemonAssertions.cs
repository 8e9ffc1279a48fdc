using System.Collections.Immutable;
using Story.Postgres.Projections;
using Story.Projections;

namespace Story.Store.Tests.Postgres.Projections;

/// <summary>Read models compared, independently of the daemon's own check, with a fold of the log.</summary>
internal static class DaemonAssertions
{
    public static async Task StoryStateMatchesFoldAsync(ProjectionDaemon daemon, IEventStore store)
    {
        var snapshot = await daemon.ReadStoryStateAsync();
        Assert.Equal(await store.GetHeadPositionAsync(), snapshot.Position);
        Assert.Equal(ProjectionJson.Serialize(await ReadModelRows.FoldStoryAsync(store)), ProjectionJson.Serialize(snapshot.State));
    }

    public static async Task AuditsMatchFoldAsync(string database, IEventStore store)
    {
        Assert.Equal(await store.GetHeadPositionAsync(), await ReadModelRows.CheckpointAsync(database, "claim-audit"));
        var rows = await Sql.ColumnAsync<string>(database, "SELECT audit::text FROM story.claim_audits");
        var stored = rows.Select(ReadModelJson.Deserialize<ClaimAudit>).ToImmutableSortedDictionary(a => a.ClaimId, a => a, StringComparer.Ordinal);
        var folded = (await ReadModelRows.FoldAuditsAsync(store)).ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        Assert.NotEmpty(folded);
        Assert.Equal(ProjectionJson.Serialize(folded), ProjectionJson.Serialize(stored));
    }

    public static async Task BothMatchFoldAsync(ProjectionDaemon daemon, string database, IEventStore store)
    {
        await StoryStateMatchesFoldAsync(daemon, store);
        await AuditsMatchFoldAsync(database, store);
    }
}
