using System.Globalization;
using Story.KurrentDb.Protocol.Streams;
using Story.Store;

namespace Story.KurrentDb.Protocol;

/// <summary>
/// Story counts versions from 1 (a stream's version is its number of events); KurrentDB counts revisions from 0
/// (a stream's revision is the number of its last event). So Story version n is KurrentDB revision n - 1, and
/// "no stream" is version 0 in Story and revision -1 in KurrentDB's own numbering.
/// </summary>
internal static class ExpectedRevisions
{
    // KurrentDB's numeric codes for the expectations without a revision, as they appear in its error metadata.
    private const long KurrentNoStream = -1;
    private const long KurrentAny = -2;
    private const long KurrentStreamExists = -4;

    public static AppendReq.Types.Options Options(string streamName, ExpectedVersion expected)
    {
        var options = new AppendReq.Types.Options { StreamIdentifier = StreamNames.ToWire(streamName) };
        switch (expected.Kind)
        {
            case ExpectedVersionKind.Any:
                options.Any = new Empty();
                break;
            case ExpectedVersionKind.NoStream:
                options.NoStream = new Empty();
                break;
            case ExpectedVersionKind.StreamExists:
                options.StreamExists = new Empty();
                break;
            default:
                options.Revision = ToRevision(expected.Version);
                break;
        }

        return options;
    }

    /// <summary>The KurrentDB revision of the event at Story version <paramref name="version"/> (1-based).</summary>
    public static ulong ToRevision(long version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        return (ulong)(version - 1);
    }

    /// <summary>The Story version of the event at KurrentDB revision <paramref name="revision"/>.</summary>
    public static long ToVersion(ulong revision) => checked((long)revision + 1);

    /// <summary>The Story version a stream is at, from KurrentDB's answer to an append with a wrong expectation.</summary>
    public static long ActualVersion(AppendResp.Types.WrongExpectedVersion wrong) => wrong.CurrentRevisionOptionCase switch
    {
        AppendResp.Types.WrongExpectedVersion.CurrentRevisionOptionOneofCase.CurrentRevision => ToVersion(wrong.CurrentRevision),
        AppendResp.Types.WrongExpectedVersion.CurrentRevisionOptionOneofCase.CurrentNoStream => 0,
        _ => -1,
    };

    /// <summary>The Story expectation from the <c>expected-version</c> error metadata (KurrentDB's numbering).</summary>
    public static ExpectedVersion FromKurrentExpected(string text) => ParseKurrent(text, "expected-version") switch
    {
        KurrentNoStream => ExpectedVersion.NoStream,
        KurrentAny => ExpectedVersion.Any,
        KurrentStreamExists => ExpectedVersion.StreamExists,
        var revision when revision >= 0 => ExpectedVersion.Exact(revision + 1),
        var other => throw new InvalidDataException($"Unknown KurrentDB expected version {other}."),
    };

    /// <summary>The Story version from the <c>actual-version</c> error metadata; -1 when KurrentDB left it empty.</summary>
    public static long FromKurrentActual(string text) =>
        string.IsNullOrEmpty(text) ? -1 : ParseKurrent(text, "actual-version") switch
        {
            KurrentNoStream => 0,
            var revision when revision >= 0 => revision + 1,
            _ => -1,
        };

    private static long ParseKurrent(string text, string name) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"KurrentDB's '{name}' metadata '{text}' is not a number.");
}
