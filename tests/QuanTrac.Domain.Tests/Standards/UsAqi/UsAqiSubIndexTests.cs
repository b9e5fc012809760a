using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.UsAqi;

namespace QuanTrac.Domain.Tests.Standards.UsAqi;

public class UsAqiSubIndexTests
{
    [Theory]
    [InlineData(UsAqiColumn.PM25, "9.09", "9.0")]
    [InlineData(UsAqiColumn.PM10, "54.9", "54")]
    [InlineData(UsAqiColumn.O3EightHour, "0.0709", "0.070")]
    [InlineData(UsAqiColumn.CO, "4.49", "4.4")]
    [InlineData(UsAqiColumn.NO2, "100.9", "100")]
    public void Truncate_NeverRounds(UsAqiColumn column, string c, string expected) =>
        Assert.Equal(D(expected), UsAqiSubIndex.Truncate(column, D(c)));

    [Theory]
    [InlineData(UsAqiColumn.PM25, "9.09", 50)]   // truncated to 9.0, the top of Good, not the 9.1 of Moderate
    [InlineData(UsAqiColumn.PM25, "9.1", 51)]
    [InlineData(UsAqiColumn.PM25, "35.5", 101)]
    [InlineData(UsAqiColumn.PM25, "225.5", 301)]
    [InlineData(UsAqiColumn.PM25, "325.4", 500)]
    [InlineData(UsAqiColumn.PM25, "1000", 500)]
    [InlineData(UsAqiColumn.O3EightHour, "0.070", 100)]
    [InlineData(UsAqiColumn.NO2, "53", 50)]
    [InlineData(UsAqiColumn.SO2OneHour, "304", 200)]
    [InlineData(UsAqiColumn.CO, "9.4", 100)]
    public void Compute_KnownConcentrations_GiveEpaIndex(UsAqiColumn column, string c, int expected) =>
        Assert.Equal(expected, AqiMath.RoundToInt(UsAqiSubIndex.Compute(column, D(c))));

    [Fact]
    public void Compute_PM25Example_IsInterpolatedThenRounded()
    {
        // 35.9 µg/m³: 101 + 49 × 0.4 / 19.9 = 101.98… → 102.
        Assert.Equal(102, AqiMath.RoundToInt(UsAqiSubIndex.Compute(UsAqiColumn.PM25, 35.9m)));
    }

    [Fact]
    public void Compute_OutsideIndexedRange_IsNull()
    {
        Assert.Null(UsAqiSubIndex.Compute(UsAqiColumn.O3OneHour, 0.124m));
        Assert.Null(UsAqiSubIndex.Compute(UsAqiColumn.O3EightHour, 0.201m));
        Assert.Null(UsAqiSubIndex.Compute(UsAqiColumn.SO2OneHour, 305m));
        Assert.Null(UsAqiSubIndex.Compute(UsAqiColumn.PM25, -1m));
    }

    [Property(MaxTest = 300)]
    public Property Compute_Monotone_InConcentration(PositiveInt a, PositiveInt b)
    {
        var lo = Math.Min(a.Get, b.Get) / 1000m;
        var hi = Math.Max(a.Get, b.Get) / 1000m;
        return Enum.GetValues<UsAqiColumn>().All(col =>
        {
            var x = UsAqiSubIndex.Compute(col, lo);
            var y = UsAqiSubIndex.Compute(col, hi);
            return x is null || y is null || x <= y;
        }).ToProperty();
    }

    [Fact]
    public void Categories_101To150_IsUnhealthyForSensitiveGroups() =>
        Assert.Equal("Unhealthy for Sensitive Groups", UsAqiCategories.Of(120)!.NameEn);

    static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
