using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>
/// Recognises sentences that report what a plan, proposal, draft or deal contains: "the plan would",
/// "the proposal includes / envisions / calls for / would require / would oblige", "additional provisions include",
/// and the "It would also ..." that continues such a sentence.
/// </summary>
internal static partial class PlanContent
{
    private const string Nouns = @"plans?|proposals?|framework|draft|document|deal|agreement|blueprint|initiative|provisions|terms|settlement|roadmap|accord|package|text|points?";

    private const string Verbs = @"would|will|includes?|including|envisions?|envisages?|calls?\s+for|requires?|obliges?|contains?|stipulates?|proposes?|provides?\s+for|foresees?|sets?\s+out|demands?|grants?|gives?|offers?|allows?|outlines?|lays\s+out|seeks?";

    [GeneratedRegex(@"\b(?i:the|this|that|its|their|his|her|a|an|additional|other|such|these|those)\s+(?:[\p{L}\p{N}’'.-]+\s+){0,4}?(?:" + Nouns + @")\b(?:\s*,[^,]{1,200},)?(?:\s+(?:presented|drafted|prepared|proposed|put\s+forward|described|backed|supported|crafted|developed|delivered|handed|seen)\s+(?:by|with|as|to|over)\s+[^,.;]{1,60}?)?\s+(?:(?:also|reportedly|further|allegedly|apparently|now|still|even|reportedly)\s+)*(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex PlanSubject();

    [GeneratedRegex(@"^\s*(?:It|They)\s+(?:would|will)\s+(?:also\s+)?[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    public static bool Describes(string maskedClause) => PlanSubject().IsMatch(maskedClause);

    public static bool Continues(string maskedClause) => Continuation().IsMatch(maskedClause);
}
