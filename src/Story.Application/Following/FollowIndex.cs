using Story.Entities;
using Story.Facts;

namespace Story.Application.Following;

/// <summary>
/// What a follower must remember to filter later facts: a corroboration names only its claim, so its entities
/// are those of the claim; a fact names only its report, so its source label is that report's.
/// </summary>
public sealed class FollowIndex(Gazetteer gazetteer)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _claimEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reportSources = new(StringComparer.Ordinal);

    public void Observe(Fact fact)
    {
        switch (fact)
        {
            case ReportPublished r:
                _reportSources[r.ReportId] = r.Source;
                break;
            case ClaimReported c:
                _claimEntities[c.ClaimId] = c.Entities;
                break;
        }
    }

    public string Resolve(string entity) => gazetteer.Resolve(entity);

    public string? SourceOf(string reportId) => _reportSources.GetValueOrDefault(reportId);

    public IReadOnlyList<string> EntitiesOf(Fact fact) =>
        FactSubjects.ClaimIdOf(fact) is { } claimId ? _claimEntities.GetValueOrDefault(claimId) ?? [] : [];
}
