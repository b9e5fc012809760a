using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.VnAqi;

namespace QuanTrac.Domain.Tests.Standards.VnAqi;

public class VnAqiSubIndexTests
{
    public static TheoryData<VnAqiColumn> Columns => new(Enum.GetValues<VnAqiColumn>());

    [Theory]
    [InlineData(VnAqiColumn.NO2, "2350", "300")]
    [InlineData(VnAqiColumn.NO2, "3850", "500")]
    [InlineData(VnAqiColumn.SO2, "2630", "500")]
    [InlineData(VnAqiColumn.SO2, "550", "150")]
    [InlineData(VnAqiColumn.PM25, "25", "50")]
    [InlineData(VnAqiColumn.PM25, "50", "100")]
    [InlineData(VnAqiColumn.CO, "30000", "100")]
    [InlineData(VnAqiColumn.O3EightHour, "400", "300")]
    [InlineData(VnAqiColumn.PM10, "0", "0")]
    public void Compute_OnBreakpoint_GivesRowIndex(VnAqiColumn column, string c, string expected) =>
        Assert.Equal(D(expected), VnAqiSubIndex.Compute(column, D(c)));

    [Fact]
    public void Compute_AboveLastBreakpoint_ClampsAt500AndFlagsBeyondScale()
    {
        Assert.Equal(500m, VnAqiSubIndex.Compute(VnAqiColumn.PM25, 900m));
        Assert.True(VnAqiSubIndex.IsBeyondScale(VnAqiColumn.PM25, 900m));
        Assert.False(VnAqiSubIndex.IsBeyondScale(VnAqiColumn.PM25, 500m));
    }

    [Fact]
    public void Compute_O3EightHourAbove400_IsNull() => Assert.Null(VnAqiSubIndex.Compute(VnAqiColumn.O3EightHour, 400.1m));

    [Fact]
    public void Compute_Negative_IsNull() => Assert.Null(VnAqiSubIndex.Compute(VnAqiColumn.CO, -0.1m));

    [Fact]
    public void Hourly_NoParticulate_HasSubIndicesButNoAqi()
    {
        var r = VnAqiHourly.FromConcentrations(null, null, 136.1m, 118.7m, null, null);
        Assert.Null(r.Aqi);
        Assert.Null(r.MainPollutant);
        Assert.Null(r.Category);
        Assert.Equal(59.35m, r.SubIndex(AirPollutant.NO2));
    }

    [Fact]
    public void Hourly_TiedRoundedSubIndices_MainIsHigherUnroundedAndBothReported()
    {
        // PM2.5 25 and NO2 100 are both exactly on the index-50 breakpoint.
        var r = VnAqiHourly.FromConcentrations(pm25NowCast: 25m, pm10NowCast: null, o3: null, no2: 100m, so2: null, co: null);
        Assert.Equal(50, r.Aqi);
        Assert.Equal(AirPollutant.PM25, r.MainPollutant); // exact tie: first in order PM2.5, PM10, O3, NO2, SO2, CO
        Assert.Equal([AirPollutant.PM25, AirPollutant.NO2], r.TiedPollutants);
    }

    [Property(MaxTest = 300)]
    public Property Compute_Monotone_InConcentration(PositiveInt a, PositiveInt b)
    {
        var lo = Math.Min(a.Get, b.Get) / 10m;
        var hi = Math.Max(a.Get, b.Get) / 10m;
        return Enum.GetValues<VnAqiColumn>().All(col =>
        {
            var x = VnAqiSubIndex.Compute(col, lo);
            var y = VnAqiSubIndex.Compute(col, hi);
            // O3 8-h stops at 400: no index above, which is not a decrease.
            return y is null || (x is not null && x <= y);
        }).ToProperty();
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void Compute_AtEveryBreakpoint_ContinuousFromBothSides(VnAqiColumn column)
    {
        var bp = VnAqiBreakpoints.Concentrations(column);
        const decimal eps = 0.000001m;
        for (var i = 1; i < bp.Count - 1; i++)
        {
            var at = VnAqiSubIndex.Compute(column, bp[i])!.Value;
            Assert.Equal(VnAqiBreakpoints.Index[i], at);
            Assert.InRange(at - VnAqiSubIndex.Compute(column, bp[i] - eps)!.Value, 0m, 0.001m);
            Assert.InRange(VnAqiSubIndex.Compute(column, bp[i] + eps)!.Value - at, 0m, 0.001m);
        }
    }

    [Property(MaxTest = 300)]
    public Property NowCast_Between_MinAndMaxOfInputs(NonNegativeInt[] raw, bool[] gaps)
    {
        var values = raw.Take(12).Select((v, i) => i < gaps.Length && gaps[i] ? (decimal?)null : v.Get / 10m).ToArray();
        var nowCast = NowCast.Compute(values);
        var present = values.Take(12).Where(v => v is not null).Select(v => v!.Value).ToList();
        if (nowCast is null)
            return (values.Take(3).Count(v => v is not null) < 2).ToProperty();
        return (nowCast >= present.Min() && nowCast <= present.Max()).ToProperty();
    }

    [Fact]
    public void NowCast_OneOfFirstThree_IsNull() => Assert.Null(NowCast.Compute([10m, null, null, 10m, 10m]));

    [Fact]
    public void NowCast_MissingHoursWeighZero_NotBiasedLow()
    {
        // All present values equal: the normalised form gives that value whatever is missing.
        Assert.Equal(30m, NowCast.Compute([30m, null, 30m, null, null, 30m]));
    }

    [Fact]
    public void NowCast_AllZero_IsZero() => Assert.Equal(0m, NowCast.Compute([0m, 0m, 0m]));

    static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
