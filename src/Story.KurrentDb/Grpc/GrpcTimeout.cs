using System.Globalization;

namespace Story.KurrentDb.Grpc;

/// <summary>The <c>grpc-timeout</c> header: at most eight digits and a unit, rounded up so the server never cuts a call short.</summary>
internal static class GrpcTimeout
{
    private const long MaxValue = 99_999_999;

    public static string Format(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var milliseconds = (long)Math.Ceiling(timeout.TotalMilliseconds);
        if (milliseconds <= MaxValue)
        {
            return Text(milliseconds, 'm');
        }

        var seconds = (long)Math.Ceiling(timeout.TotalSeconds);
        if (seconds <= MaxValue)
        {
            return Text(seconds, 'S');
        }

        var minutes = (long)Math.Ceiling(timeout.TotalMinutes);
        return minutes <= MaxValue ? Text(minutes, 'M') : Text(Math.Min((long)Math.Ceiling(timeout.TotalHours), MaxValue), 'H');
    }

    private static string Text(long value, char unit) => value.ToString(CultureInfo.InvariantCulture) + unit;
}
