using System.Diagnostics;
using System.Globalization;

namespace Story.Bench.Harness;

/// <summary>Progress lines on stderr (or any writer), at most one every two seconds per phase, so stdout stays the table.</summary>
public sealed class ProgressLog(TextWriter writer)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string _phase = "";
    private long _lastReport;
    private long _phaseStart;

    public void Say(string message) =>
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{_clock.Elapsed:mm\\:ss}] {message}"));

    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> with the rate so far, throttled.</summary>
    public void Step(string phase, long done, long total)
    {
        var now = _clock.ElapsedMilliseconds;
        if (!string.Equals(phase, _phase, StringComparison.Ordinal))
        {
            _phase = phase;
            _phaseStart = now;
            _lastReport = now;
            return;
        }

        if (now - _lastReport < 2000 && done < total)
        {
            return;
        }

        _lastReport = now;
        var seconds = Math.Max(0.001, (now - _phaseStart) / 1000.0);
        Say(string.Create(CultureInfo.InvariantCulture, $"{phase}: {done:N0}/{total:N0} ({done / seconds:N0}/s)"));
    }
}
