namespace Story.Bench.Harness;

/// <summary>
/// One measured figure. <see cref="Raw"/> is the same work done through the same driver without Story code, when
/// there is such a baseline; <see cref="Target"/> says what the figure should reach and <see cref="Met"/> whether it did.
/// </summary>
public sealed record ResultRow(string Scenario, string Engine, string Measure, double Value, string Unit)
{
    public double? Raw { get; init; }

    public string? Target { get; init; }

    public bool? Met { get; init; }

    public string? Note { get; init; }

    public double? Ratio => Raw is > 0 ? Value / Raw : null;
}
