using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections.Support;

/// <summary>
/// A story with every kind of fact, including a report recorded long after it was published, a dispute recorded
/// before the claim it disputes, a claim cited before its report was recorded, and a desk correction.
/// </summary>
internal static class SampleStory
{
    public static FactLog Build()
    {
        var log = new FactLog(At(1));
        log.With(
            Report("reuters-1", "Reuters", 1),
            Claim("framework", "reuters-1", "The U.S. drafted a 28-point plan.", 1, Day(19)),
            Claim("territory", "reuters-1", "The plan requires Ukraine to cede territory.", 1),
            Report("kyiv-1", "Kyiv Independent", 2),
            Claim("army-cap", "kyiv-1", "The plan caps Ukraine's army at 600,000.", 2, Day(20)),
            Corroborate("framework", "kyiv-1", 2),
            Dispute("summit", "tass-1", 2.5),
            Report("ap-1", "AP", 3),
            Corroborate("territory", "ap-1", 3),
            Claim("summit", "ap-1", "Leaders will meet in Geneva.", 3, Day(23)),
            Dispute("territory", "ap-1", 3, "Kyiv says no territory was discussed"));
        log.Record(Correct("army-cap", "The plan caps Ukraine's army at 800,000.", 4), actor: "desk:anna");
        log.With(
            Report("tass-1", "TASS", 2.5),
            Report("bbc-1", "BBC", 5),
            Retract("summit", 5, "bbc-1"),
            Correct("framework", "The U.S. drafted a 28-point plan with Russian input.", 5, "bbc-1"),
            Claim("sanctions", "bbc-1", "Sanctions would be lifted in stages.", 5));

        // Published at hour 0.5, before anyone else, but imported last.
        log.Record(Report("axios-1", "Axios", 0.5), At(40));
        log.Record(Corroborate("framework", "axios-1", 0.5, "a 28-point peace framework"), At(40), evidence: new Dictionary<string, string>
        {
            ["match"] = "entity+statement",
            ["score"] = "0.91",
        });
        log.Record(Claim("deadline", "axios-1", "Ukraine was given until Thanksgiving.", 0.5, Day(27)), At(40));
        return log;
    }
}
