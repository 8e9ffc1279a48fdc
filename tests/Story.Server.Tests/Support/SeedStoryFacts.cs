namespace Story.Server.Tests.Support;

/// <summary>What the bundled seed story (data/seeds) contains, as the tests rely on it.</summary>
public static class SeedStoryFacts
{
    public const string StoryId = "us-peace-framework-2025-11";

    /// <summary>The wire report written before the Kyiv meeting (published 2025-11-20T05:00Z).</summary>
    public const string PreMeetingReport = "004_c320aba1d05e4ca7";

    /// <summary>"Zelensky has received a draft U.S.-backed plan": first reported after the meeting, then corroborated.</summary>
    public const string ReceivedDraftClaim = "zelensky-received-draft";

    /// <summary>A claim the pre-meeting report makes, which later facts may corroborate.</summary>
    public const string RussiaHoldsFifthClaim = "russia-holds-fifth";

    public const string BeforeKyivMeeting = "2025-11-20T10:00:00Z";
    public const string AfterKyivMeeting = "2025-11-21T23:59:00Z";

    /// <summary>
    /// A corroboration of <see cref="RussiaHoldsFifthClaim"/> by the pre-meeting report, quoting its first
    /// <paramref name="length"/> characters: each length is a different fact, and every one passes the quote check.
    /// </summary>
    public static string OpeningCorroboration(int length) =>
        $$$"""{"type":"claim-corroborated","claimId":"{{{RussiaHoldsFifthClaim}}}","storyId":"{{{StoryId}}}","reportId":"{{{PreMeetingReport}}}","attribution":"the report","hedging":"asserted","quote":{"start":0,"end":{{{length}}},"text":"{{{PreMeetingOpening[..length]}}}"}}""";

    /// <summary>The first words of the pre-meeting report, for quotes that must match its text.</summary>
    public const string PreMeetingOpening = "The United States has signaled to President Volodymyr Zelenskiy";
}
