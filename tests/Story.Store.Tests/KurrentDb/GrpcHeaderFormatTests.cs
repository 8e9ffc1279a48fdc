using Story.KurrentDb.Grpc;

namespace Story.Store.Tests.KurrentDb;

public sealed class GrpcHeaderFormatTests
{
    [Theory]
    [InlineData(5_000, "5000m")]
    [InlineData(1.2, "2m")]
    [InlineData(99_999_999, "99999999m")]
    [InlineData(100_000_000, "100000S")]
    public void Timeout_Format_UsesAtMostEightDigitsRoundedUp(double milliseconds, string expected) =>
        Assert.Equal(expected, GrpcTimeout.Format(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void Timeout_Format_VeryLong_FallsBackToHours() =>
        Assert.Equal("99999999H", GrpcTimeout.Format(TimeSpan.MaxValue));

    [Theory]
    [InlineData("plain message", "plain message")]
    [InlineData("caf%C3%A9 %E2%80%94 100%25", "café — 100%")]
    [InlineData("bad %ZZ escape and trailing %4", "bad %ZZ escape and trailing %4")]
    public void PercentEncoding_Decode_GivesUtf8TextAndKeepsMalformedEscapes(string wire, string expected) =>
        Assert.Equal(expected, PercentEncoding.Decode(wire));

    [Fact]
    public void PercentEncoding_EncodeThenDecode_RoundTripsUnicode()
    {
        // Given
        const string message = "Stream ‘story-київ’ at 100% — deleted\n";

        // When
        var wire = PercentEncoding.Encode(message);

        // Then
        Assert.All(wire, c => Assert.InRange(c, ' ', '~'));
        Assert.Equal(message, PercentEncoding.Decode(wire));
    }
}
