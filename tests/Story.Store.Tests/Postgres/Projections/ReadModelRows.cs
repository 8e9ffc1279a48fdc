using Story.Application.Querying;
using Story.Facts;
using Story.Projections;

namespace Story.Store.Tests.Postgres.Projections;

/// <summary>What the daemon left in the database, and what a fold of the log says it should be.</summary>
internal static class ReadModelRows
{
    public static readonly string[] Tables = ["story_claims", "story_reports", "story_pending", "story_state_head", "claim_audits"];

    /// <summary>Every row of every read-model table, as JSON text (jsonb renders equal values identically), sorted.</summary>
    public static async Task<List<string>> AllAsync(string database)
    {
        var rows = new List<string>();
        foreach (var table in Tables)
        {
            rows.AddRange(await Sql.ColumnAsync<string>(database, $"SELECT '{table} ' || row_to_json(t)::jsonb::text FROM story.{table} t ORDER BY 1"));
        }

        return rows;
    }

    public static Task<long> CheckpointAsync(string database, string projection) =>
        Sql.ScalarAsync<long>(database, $"SELECT position FROM story.projection_states WHERE name = '{projection}'");

    public static async Task<StoryState> FoldStoryAsync(IEventStore store) =>
        StoryStateProjection.Instance.Fold(await StoryFacts.LoadAsync(store, CancellationToken.None));

    public static async Task<IReadOnlyDictionary<string, ClaimAudit>> FoldAuditsAsync(IEventStore store) =>
        ClaimAuditProjection.Instance.Fold(await StoryFacts.LoadAsync(store, CancellationToken.None));

    public static IEnumerable<RecordedFact> UpTo(this IEnumerable<RecordedFact> facts, long position) => facts.Where(f => f.Position <= position);
}
