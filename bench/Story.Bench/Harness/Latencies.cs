using System.Diagnostics;

namespace Story.Bench.Harness;

/// <summary>Collects durations (Stopwatch timestamps) and reads percentiles (nearest rank) in milliseconds.</summary>
public sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(long startTimestamp, long endTimestamp) =>
        _milliseconds.Add((endTimestamp - startTimestamp) * 1000.0 / Stopwatch.Frequency);

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Max => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Max();
}
