using Story.Facts;

namespace Story.Application.Following;

/// <summary>Which facts a follower wants: by entity, source (report id or source label), claim id, or fact type.</summary>
public sealed record FactFilter(string? Entity = null, string? Source = null, string? ClaimId = null, string? Type = null)
{
    public bool IsEmpty => Entity is null && Source is null && ClaimId is null && Type is null;

    public bool Matches(Fact fact, FollowIndex index)
    {
        if (Type is not null && !string.Equals(FactTypes.NameOf(fact), Type, StringComparison.Ordinal))
        {
            return false;
        }

        var claimId = FactSubjects.ClaimIdOf(fact);
        if (ClaimId is not null && !string.Equals(claimId, ClaimId, StringComparison.Ordinal))
        {
            return false;
        }

        var reportId = FactSubjects.ReportIdOf(fact);
        if (Source is not null && !(string.Equals(reportId, Source, StringComparison.Ordinal)
            || (reportId is not null && string.Equals(index.SourceOf(reportId), Source, StringComparison.OrdinalIgnoreCase))))
        {
            return false;
        }

        return Entity is null || index.EntitiesOf(fact).Contains(index.Resolve(Entity), StringComparer.OrdinalIgnoreCase);
    }
}
