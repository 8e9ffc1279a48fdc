using Story.Extraction;

namespace Story.Tests.Extraction;

/// <summary>Short reports written for these tests (not the seeds), and a way to find the seed files.</summary>
internal static class Reports
{
    // A Friday.
    public static readonly DateTimeOffset StrikeDay = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public const string StrikeFirst =
        "Dock workers strike at Marseille port\n" +
        "Port workers in Marseille walked off the job on Thursday, halting nearly one-fifth of France's container traffic, union leaders said.\n" +
        "The strike was called after talks with the port authority collapsed on Wednesday, according to two people familiar with the negotiations.\n" +
        "“We will not return until the pension reform is withdrawn. Not one day earlier,” union spokesman Paul Girard told reporters.\n" +
        "The government's proposal would raise the retirement age for dock workers to 64 and cut early-retirement bonuses by half.\n" +
        "Transport Minister Claire Dumont said in a statement that the reform was “fair and necessary.”\n" +
        "She added that the ministry would not reopen the negotiations.\n" +
        "French President Emmanuel Macron reportedly met union leaders at the Elysee Palace this week.\n" +
        "The alleged sabotage of two cranes on Tuesday is under investigation, police said.\n" +
        "Also Read: Ten things to know about French ports\n" +
        "Follow our WhatsApp Channel for real-time news updates.\n";

    public const string StrikeSecond =
        "Marseille strike enters second day\n" +
        "Dockers in Marseille walked off the job on Thursday and have halted about 19% of France's container traffic, the union said on Friday.\n" +
        "The port authority denied that talks with the union had collapsed on Wednesday.\n" +
        "Girard said the union had received messages of support from dockers in Genoa and Antwerp.\n";

    public static RawReport Report(string text, DateTimeOffset publishedAt, string source = "test wire") => new(text, source, publishedAt);

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Story.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Story.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedDirectory => Path.Combine(RepositoryRoot, "data", "seeds");
}
