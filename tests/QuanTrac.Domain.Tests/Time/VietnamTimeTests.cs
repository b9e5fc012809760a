using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Tests.Time;

public class VietnamTimeTests
{
    [Fact]
    public void TryParseFileTimestamp_ValidDigits_IsLocalPlusSeven()
    {
        Assert.True(VietnamTime.TryParseFileTimestamp("20250614083500", out var t));
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 1, 35, 0, TimeSpan.Zero), t.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(7), t.Offset);
    }

    [Theory]
    [InlineData("20250231083500")] // 31 February
    [InlineData("20250614253500")]
    [InlineData("2025061408350")]
    [InlineData("2025061408350x")]
    [InlineData("٢٠٢٥٠٦١٤٠٨٣٥٠٠")] // Arabic-Indic digits are digits to char.IsDigit, not to a station file
    public void TryParseFileTimestamp_Invalid_IsFalse(string text) => Assert.False(VietnamTime.TryParseFileTimestamp(text, out _));

    [Theory]
    [InlineData("2026-03-25T00:05:00+07:00", "2026-03-24T17:05:00Z")]
    [InlineData("2026-03-25T00:05:00Z", "2026-03-25T00:05:00Z")]
    [InlineData("2026-03-25T00:05", "2026-03-24T17:05:00Z")]
    [InlineData("2026-03-25", "2026-03-24T17:00:00Z")]
    public void TryParseIso_WithOrWithoutOffset_NoOffsetMeansVietnam(string text, string utc)
    {
        Assert.True(VietnamTime.TryParseIso(text, out var t));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), t);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("0001-01-01T06:59:59")]
    public void TryParseIso_BeforeTheFirstRepresentableInstant_IsFalseNotAnException(string text) =>
        Assert.False(VietnamTime.TryParseIso(text, out _));

    [Fact]
    public void FormatIso_AnyInstant_WritesVietnamOffset() =>
        Assert.Equal("2026-03-25T00:05:00+07:00", VietnamTime.FormatIso(new DateTimeOffset(2026, 3, 24, 17, 5, 0, TimeSpan.Zero)));
}
