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

    [Fact]
    public void TryParseFileTimestamp_EdgesOfEveryField_SameAsTryParseExact()
    {
        // The hand-written parser must accept exactly what the "yyyyMMddHHmmss" format accepts.
        var checkedCount = 0;
        foreach (var year in new[] { "0000", "0002", "1900", "2000", "2024", "2025", "2100", "9999" })
            foreach (var month in new[] { "00", "01", "02", "04", "12", "13", "99" })
                foreach (var day in new[] { "00", "01", "28", "29", "30", "31", "32" })
                    foreach (var time in new[] { "000000", "235959", "240000", "236000", "235960", "995959" })
                    {
                        var text = year + month + day + time;
                        var expected = DateTime.TryParseExact(text, VietnamTime.FileTimestampFormat,
                            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local);
                        Assert.Equal(expected, VietnamTime.TryParseFileTimestamp(text, out var parsed));
                        if (expected)
                            Assert.Equal(new DateTimeOffset(local, TimeSpan.FromHours(7)), parsed);
                        checkedCount++;
                    }
        Assert.Equal(8 * 7 * 7 * 6, checkedCount);
    }

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
