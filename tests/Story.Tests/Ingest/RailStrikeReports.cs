namespace Story.Tests.Ingest;

/// <summary>Two short reports written for these tests (not the seeds) that share a claim in different words.</summary>
internal static class RailStrikeReports
{
    public const string StoryId = "lyon-rail-strike";

    public const string First =
        "Rail strike halts trains across the Rhone valley\n" +
        "Rail workers in Lyon walked off the job on Monday, halting nearly two-thirds of regional trains, union officials said.\n" +
        "The strike was called after wage talks with the state operator collapsed on Sunday, according to two people familiar with the negotiations.\n" +
        "Transport Minister Claire Dumont said in a statement that the pay offer was final.\n";

    public const string Second =
        "Lyon rail strike enters second day\n" +
        "Rail workers in Lyon walked off the job on Monday and have stopped about 66% of regional trains, the union said on Tuesday.\n" +
        "Commuters crowded onto buses and shared cars as the walkout continued.\n";

    public const string German =
        "Die Regierung hat am Montag einen neuen Plan vorgestellt, der die Steuern für kleine Unternehmen senken soll. " +
        "Der Minister sagte, die Maßnahmen würden im Frühjahr in Kraft treten und seien mit den Ländern abgestimmt.\n";
}
