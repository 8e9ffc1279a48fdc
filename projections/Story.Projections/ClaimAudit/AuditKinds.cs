namespace Story.Projections;

/// <summary>The <see cref="AuditEntry.Kind"/> values.</summary>
public static class AuditKinds
{
    public const string Reported = "reported";
    public const string Corroborated = "corroborated";
    public const string Disputed = "disputed";
    public const string Corrected = "corrected";
    public const string Retracted = "retracted";
}
