using Story.Facts;

namespace Story.Extraction.Linking;

/// <summary>
/// The claims of a story as linking needs them, folded from its facts: each reported claim with its statement,
/// entities, time and the text of every quote that reported or corroborated it. Corrections replace the
/// statement; retracted claims are dropped.
/// </summary>
public static class KnownClaimsProjection
{
    public static IReadOnlyList<KnownClaim> From(IEnumerable<Fact> facts)
    {
        var claims = new Dictionary<string, KnownClaim>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var fact in facts)
        {
            claims = Apply(claims, order, fact);
        }

        return order.Where(claims.ContainsKey).Select(id => claims[id]).ToList();
    }

    private static Dictionary<string, KnownClaim> Apply(Dictionary<string, KnownClaim> claims, List<string> order, Fact fact)
    {
        switch (fact)
        {
            case ClaimReported r when !claims.ContainsKey(r.ClaimId):
                claims[r.ClaimId] = new KnownClaim(r.ClaimId, r.Statement, r.Entities, r.OccurredAt, [r.Quote.Text]);
                order.Add(r.ClaimId);
                break;
            case ClaimCorroborated c when claims.TryGetValue(c.ClaimId, out var claim):
                claims[c.ClaimId] = claim with { Quotes = [.. claim.Quotes, c.Quote.Text] };
                break;
            case ClaimCorrected c when claims.TryGetValue(c.ClaimId, out var claim):
                claims[c.ClaimId] = claim with { Statement = c.Statement };
                break;
            case ClaimRetracted r:
                claims.Remove(r.ClaimId);
                break;
        }

        return claims;
    }
}
