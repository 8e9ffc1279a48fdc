namespace Story.Extraction;

/// <summary>A report that cannot be ingested; <see cref="Field"/> names the field at fault ("Text", "Source", "PublishedAt").</summary>
public sealed class ReportRejectedException : Exception
{
    public ReportRejectedException(string field, string message)
        : base($"{field}: {message}") => Field = field;

    public ReportRejectedException()
        : this("Report", "rejected")
    {
    }

    public ReportRejectedException(string message)
        : this("Report", message)
    {
    }

    public ReportRejectedException(string message, Exception innerException)
        : base(message, innerException) => Field = "Report";

    public string Field { get; }
}
