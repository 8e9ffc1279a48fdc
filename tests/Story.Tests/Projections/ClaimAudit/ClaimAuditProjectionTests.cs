using Story.Facts;
using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class ClaimAuditProjectionTests
{
    [Fact]
    public void Fold_ClaimTouchedByEveryKindOfEvent_AuditListsEachInLogOrder()
    {
        // Given a claim reported, corroborated, disputed, corrected and retracted
        var log = new FactLog().With(
            Report("r1", "Reuters", 1), Claim("c", "r1", "A plan exists.", 1),
            Report("r2", "AP", 2), Corroborate("c", "r2", 2),
            Report("r3", "TASS", 3), Dispute("c", "r3", 3, "Moscow denies it"),
            Correct("c", "A draft plan exists.", 4, "r2"),
            Retract("c", 5));

        // When audited
        var audit = ClaimAuditProjection.Instance.Fold(log.Facts)["c"];

        // Then every event is there, in the order Story recorded them, with what it said
        Assert.Equal(
            [AuditKinds.Reported, AuditKinds.Corroborated, AuditKinds.Disputed, AuditKinds.Corrected, AuditKinds.Retracted],
            audit.Entries.Select(e => e.Kind));
        Assert.Equal(["Reuters", "AP", "TASS", "AP", null], audit.Entries.Select(e => e.Source));
        Assert.Equal("Moscow denies it", audit.Entries[2].Reason);
        Assert.Equal(Hedging.Attributed, audit.Entries[0].Hedging);
        Assert.Equal("A draft plan exists.", audit.Statement);
    }

    [Fact]
    public void Fold_AnyEntry_CarriesTheEnvelopeThatProvesIt()
    {
        // Given a corroboration appended by an importer with the evidence for the link
        var log = new FactLog().With(Report("r1", "Reuters", 1), Claim("c", "r1", "A plan exists.", 1), Report("r2", "AP", 2));
        var evidence = new Dictionary<string, string> { ["match"] = "entity+statement", ["score"] = "0.91" };
        var recorded = log.Record(Corroborate("c", "r2", 2), At(50), actor: "importer", evidence: evidence);

        // When audited
        var entry = ClaimAuditProjection.Instance.Fold(log.Facts)["c"].Entries[^1];

        // Then the entry names the event, its hash, who appended it, why, and both clocks
        Assert.Equal((recorded.Envelope.EventId, recorded.Envelope.Hash, recorded.Position), (entry.EventId, entry.Hash, entry.Position));
        Assert.Equal(("importer", At(2), At(50)), (entry.Actor, entry.ReportedAt, entry.RecordedAt));
        Assert.Equal(evidence, entry.Evidence);
        Assert.Equal(recorded.Fact is ClaimCorroborated c ? c.Quote : null, entry.Quote);
    }

    [Fact]
    public void Fold_FactsForUnreportedClaim_StartItsAuditWithoutStatement()
    {
        var log = new FactLog().With(Report("r3", "TASS", 3), Dispute("c", "r3", 3));

        var audit = ClaimAuditProjection.Instance.Fold(log.Facts)["c"];

        Assert.Null(audit.Statement);
        Assert.Equal(AuditKinds.Disputed, Assert.Single(audit.Entries).Kind);
    }

    [Fact]
    public void Fold_ReportRecordedAfterItsCorroboration_EntryGetsTheOutletLabel()
    {
        var log = new FactLog().With(Report("r1", "Reuters", 1), Claim("c", "r1", "A plan.", 1), Corroborate("c", "r2", 2), Report("r2", "AP", 2));

        var entries = ClaimAuditProjection.Instance.Fold(log.Facts)["c"].Entries;

        Assert.Equal(["Reuters", "AP"], entries.Select(e => e.Source));
    }

    [Fact]
    public void Apply_SameFactTwice_RecordedOnce()
    {
        var log = new FactLog().With(Report("r1", "Reuters", 1), Claim("c", "r1", "A plan.", 1));
        var once = ClaimAuditProjection.Instance.Fold(log.Facts);

        var twice = ClaimAuditProjection.Instance.FoldFrom(once, log.Facts);

        Assert.Single(twice["c"].Entries);
        Folding.AssertSameContent(once, twice);
    }

    [Fact]
    public void Fold_ClaimsOfAStory_OneAuditPerClaim()
    {
        var audits = ClaimAuditProjection.Instance.Fold(SampleStory.Build().Facts);

        Assert.Equal(["army-cap", "deadline", "framework", "sanctions", "summit", "territory"], audits.Keys);
        Assert.Equal(4, audits["framework"].Entries.Count);
    }
}
