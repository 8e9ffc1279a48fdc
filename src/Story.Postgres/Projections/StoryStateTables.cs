using System.Collections.Immutable;
using Npgsql;
using Story.Facts;
using Story.Projections;

namespace Story.Postgres.Projections;

/// <summary>
/// The story state as rows: one per claim (its <see cref="ClaimState"/>), per report (its <see cref="ReportSummary"/>)
/// and per claim still waiting for a report to make it (its pending <see cref="ClaimEvidence"/>), plus the last story
/// fact folded. Read back, the rows are exactly the <see cref="StoryState"/> they were written from.
/// </summary>
internal sealed class StoryStateTables(ProjectionSql sql) : ReadModel<StoryState>(sql)
{
    private const string Claims = "story_claims";
    private const string Reports = "story_reports";
    private const string Pending = "story_pending";
    private const string Head = "story_state_head";

    private static readonly Column[] ClaimColumns = [new("story_id", "text"), new("state", "jsonb")];
    private static readonly Column[] ReportColumns = [new("story_id", "text"), new("summary", "jsonb")];
    private static readonly Column[] PendingColumns = [new("evidence", "jsonb")];

    public override IProjection<StoryState> Projection => StoryStateProjection.Instance;

    public override IReadOnlyList<string> Tables { get; } = [Claims, Reports, Pending, Head];

    public override async Task<StoryState> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long checkpoint, CancellationToken cancellationToken)
    {
        var claims = await Db.RowsAsync(connection, transaction, $"SELECT state::text FROM {Sql.Table(Claims)}", [], r => ReadModelJson.Deserialize<ClaimState>(r.GetString(0)), cancellationToken);
        var reports = await Db.RowsAsync(connection, transaction, $"SELECT summary::text FROM {Sql.Table(Reports)}", [], r => ReadModelJson.Deserialize<ReportSummary>(r.GetString(0)), cancellationToken);
        var pending = await Db.RowsAsync(
            connection, transaction, $"SELECT claim_id, evidence::text FROM {Sql.Table(Pending)}", [],
            r => KeyValuePair.Create(r.GetString(0), ReadModelJson.Deserialize<ClaimEvidence>(r.GetString(1))), cancellationToken);
        var head = await Db.RowsAsync(connection, transaction, $"SELECT last_position FROM {Sql.Table(Head)}", [], r => r.GetInt64(0), cancellationToken);
        return new StoryState(
            claims.ToImmutableSortedDictionary(c => c.ClaimId, c => c, StringComparer.Ordinal),
            reports.ToImmutableSortedDictionary(r => r.ReportId, r => r, StringComparer.Ordinal),
            head.Count == 0 ? 0 : head[0])
        {
            Pending = pending.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
    }

    public override void Track(StoryState before, StoryState after, RecordedFact fact, RowChanges changes)
    {
        var position = fact.Position;
        if (before.LastPosition != after.LastPosition)
        {
            changes.Mark(Head, string.Empty, position);
        }

        // A claim fact changes its own claim (or its pending evidence) and nothing else; a report relabels every
        // claim that cites it, so anything else is compared in full.
        if (FactSubjects.ClaimIdOf(fact.Fact) is { } claimId)
        {
            changes.CompareKey(Claims, before.Claims, after.Claims, claimId, position);
            changes.CompareKey(Pending, before.Pending, after.Pending, claimId, position);
            changes.Compare(Reports, before.Reports, after.Reports, position);
            return;
        }

        changes.Compare(Claims, before.Claims, after.Claims, position);
        changes.Compare(Reports, before.Reports, after.Reports, position);
        changes.Compare(Pending, before.Pending, after.Pending, position);
    }

    public override IEnumerable<NpgsqlBatchCommand> Save(StoryState state, RowChanges changes)
    {
        var commands = new List<NpgsqlBatchCommand>();
        commands.AddRange(Write(Claims, "claim_id", ClaimColumns, state.Claims, changes.In(Claims), c => [c.StoryId, ReadModelJson.Serialize(c)]));
        commands.AddRange(Write(Reports, "report_id", ReportColumns, state.Reports, changes.In(Reports), r => [r.StoryId, ReadModelJson.Serialize(r)]));
        commands.AddRange(Write(Pending, "claim_id", PendingColumns, state.Pending, changes.In(Pending), e => [ReadModelJson.Serialize(e)]));
        if (changes.In(Head).Count > 0)
        {
            commands.Add(Db.BatchCommand(
                $"INSERT INTO {Sql.Table(Head)} (singleton, last_position) VALUES (true, $1) ON CONFLICT (singleton) DO UPDATE SET last_position = excluded.last_position",
                [state.LastPosition]));
        }

        return commands;
    }
}
