using System.Collections.Immutable;
using Npgsql;
using Story.Facts;
using Story.Projections;

namespace Story.Postgres.Projections;

/// <summary>
/// The claim audits as rows, one <see cref="ClaimAudit"/> per claim. The audit projection also remembers each
/// report's outlet label (to name the reports that later facts cite); those labels are not rows but are restored on
/// load by folding the ReportPublished facts up to the checkpoint again, which changes no audit that is already right.
/// </summary>
internal sealed class ClaimAuditTables(ProjectionSql sql) : ReadModel<IReadOnlyDictionary<string, ClaimAudit>>(sql)
{
    private const string Audits = "claim_audits";

    private static readonly Column[] AuditColumns = [new("audit", "jsonb")];

    public override IProjection<IReadOnlyDictionary<string, ClaimAudit>> Projection => ClaimAuditProjection.Instance;

    public override IReadOnlyList<string> Tables { get; } = [Audits];

    public override async Task<IReadOnlyDictionary<string, ClaimAudit>> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long checkpoint, CancellationToken cancellationToken)
    {
        var audits = await Db.RowsAsync(connection, transaction, $"SELECT audit::text FROM {Sql.Table(Audits)}", [], r => ReadModelJson.Deserialize<ClaimAudit>(r.GetString(0)), cancellationToken);
        IReadOnlyDictionary<string, ClaimAudit> state = audits.ToImmutableSortedDictionary(a => a.ClaimId, a => a, StringComparer.Ordinal);
        var reports = Db.EventsAsync(connection, transaction, Sql.ReadEventsOfTypeUpTo, [FactTypes.NameOf(typeof(ReportPublished)), checkpoint], cancellationToken);
        await foreach (var e in reports)
        {
            if (StoryFactReader.TryRead(e, out var fact))
            {
                state = Projection.Apply(state, fact);
            }
        }

        return state;
    }

    public override void Track(IReadOnlyDictionary<string, ClaimAudit> before, IReadOnlyDictionary<string, ClaimAudit> after, RecordedFact fact, RowChanges changes)
    {
        if (FactSubjects.ClaimIdOf(fact.Fact) is { } claimId)
        {
            changes.CompareKey(Audits, before, after, claimId, fact.Position);
        }
        else
        {
            changes.Compare(Audits, before, after, fact.Position);
        }
    }

    public override IEnumerable<NpgsqlBatchCommand> Save(IReadOnlyDictionary<string, ClaimAudit> state, RowChanges changes) =>
        Write(Audits, "claim_id", AuditColumns, state, changes.In(Audits), a => [ReadModelJson.Serialize(a)]).ToList();
}
