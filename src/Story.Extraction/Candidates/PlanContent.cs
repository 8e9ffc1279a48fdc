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

    [GeneratedRegex(@"^\s*(?:(?:one\s+that|which|that)\s+)?(?:(?:also|reportedly|further|allegedly|apparently|now|still|even)\s+)*(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateOfPlan();

    // After "would"/"will" the verb that governs the list: "would require", "will give".
    [GeneratedRegex(@"^(?:\s+(?:also|further|reportedly|effectively|formally))*\s+(?:[a-z]+)(?:\s+for)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MainVerb();

    // "require Kyiv to", "oblige Ukraine to", "force it to": what follows is a list of verb phrases.
    [GeneratedRegex(@"^\s+(?:[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*){0,2}|it|them|him|her|us)\s+to\b", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectTo();

    public static bool Describes(string maskedClause) => PlanSubject().IsMatch(maskedClause);

    /// <summary>
    /// Where the contents of a plan start in <paramref name="maskedClause"/> ("the plan calls for| cuts ..."), where
    /// the words that introduce them start ("the plan calls for"), and whether the contents are verb phrases
    /// ("oblige Kyiv to| slash ..., abandon ...") rather than noun phrases. <paramref name="subjectIsPlan"/>: the
    /// clause continues a sentence about a plan ("which includes ...", "It would also ...").
    /// </summary>
    public static (int HeadStart, int ListStart, bool VerbList)? Contents(string maskedClause, bool subjectIsPlan)
    {
        var match = PlanSubject().Match(maskedClause);
        if (!match.Success && subjectIsPlan)
        {
            match = PredicateOfPlan().Match(maskedClause);
            if (!match.Success)
            {
                match = Continuation().Match(maskedClause);
                if (match.Success)
                {
                    // Continuation() takes the main verb already.
                    return WithObject(maskedClause, match.Index, match.Index + match.Length);
                }
            }
        }

        if (!match.Success)
        {
            return null;
        }

        var end = match.Index + match.Length;
        var verb = maskedClause[match.Index..end].TrimEnd();
        if ((verb.EndsWith("would", StringComparison.Ordinal) || verb.EndsWith("will", StringComparison.Ordinal)) && MainVerb().Match(maskedClause[end..]) is { Success: true } main)
        {
            end += main.Length;
        }

        return WithObject(maskedClause, match.Index, end);
    }

    private static (int, int, bool) WithObject(string masked, int headStart, int end) =>
        ObjectTo().Match(masked[end..]) is { Success: true } objectTo ? (headStart, end + objectTo.Length, true) : (headStart, end, false);

    public static bool Continues(string maskedClause) => Continuation().IsMatch(maskedClause);
}
