namespace Story.Tests.Support;

/// <summary>The bundled seed story as copied beside the tests.</summary>
public static class SeedFiles
{
    public static string Folder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds");

    public const string StoryId = "us-peace-framework-2025-11";
    public const string PreMeetingReport = "004_c320aba1d05e4ca7";
}
