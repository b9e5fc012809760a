using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Standards.VnAqi;

namespace QuanTrac.Domain.Tests.Standards.VnAqi;

/// <summary>The worked examples printed in Decision 1459 §2.3 (air-quality-index.md §14).</summary>
public class VnAqiWorkedExamplesTests
{
    // (a) PM2.5 hourly means 09:00 … 20:00, oldest first.
    static readonly decimal?[] Pm25NineToEight = [26.9m, 24.7m, 20.5m, 23.5m, 19.5m, 16.5m, 19.0m, 16.5m, 20.3m, 22.4m, 19.6m, 20.6m];

    [Fact]
    public void NowCast_DecisionExampleA_Displays20Point3()
    {
        var recentFirst = Pm25NineToEight.Reverse().ToArray();
        var nowCast = NowCast.Compute(recentFirst)!.Value;
        Assert.Equal(20.3m, Math.Round(nowCast, 1, MidpointRounding.AwayFromZero));
        Assert.Equal(20.2658m, Math.Round(nowCast, 4, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void NowCast_ChronologicalSeries_SameAsRecentFirst() =>
        Assert.Equal(NowCast.Compute(Pm25NineToEight.Reverse().ToArray()), NowCast.ComputeAt(Pm25NineToEight, 11));

    [Fact]
    public void Hourly_DecisionExampleB_Is59WithNo2Main()
    {
        var r = VnAqiHourly.FromConcentrations(pm25NowCast: 20.3m, pm10NowCast: null, o3: 136.1m, no2: 118.7m, so2: null, co: null);
        Assert.Equal(42.53125m, r.SubIndex(AirPollutant.O3));
        Assert.Equal(59.35m, r.SubIndex(AirPollutant.NO2));
        Assert.Equal(40.6m, r.SubIndex(AirPollutant.PM25));
        Assert.Equal(43, r.RoundedSubIndex(AirPollutant.O3));
        Assert.Equal(59, r.RoundedSubIndex(AirPollutant.NO2)); // the decision prints 60: a misprint (spec §14b)
        Assert.Equal(41, r.RoundedSubIndex(AirPollutant.PM25));
        Assert.Equal(59, r.Aqi);
        Assert.Equal(AirPollutant.NO2, r.MainPollutant);
        Assert.Equal("Trung bình", r.Category!.NameVi);
        Assert.Equal("255;255;0", r.Category.Rgb);
    }

    // (c) O3 hourly means from 18:00 of D−1 to 00:00 of D+1.
    static readonly decimal[] O3Hours =
    [
        15.7m, 14.2m, 17.7m, 18.9m, 19.3m, 15.7m, 19.7m,
        22.6m, 27.1m, 29.0m, 31.9m, 25.3m, 34.7m, 35.2m, 41.6m, 45.7m, 49.2m, 55.8m, 69.6m,
        78.3m, 91.5m, 97.7m, 81.2m, 71.8m, 43.5m, 34.3m, 21.5m, 20.5m, 19.4m, 20.4m, 21.3m,
    ];

    static readonly decimal[] O3EightHourExact =
    [
        17.975m, 19.4m, 21.25m, 23.025m, 23.825m, 25.75m, 28.1875m, 30.925m, 33.8125m, 36.575m, 39.925m, 44.6375m,
        51.2625m, 58.3625m, 66.175m, 71.125m, 74.3875m, 73.675m, 70.9875m, 64.975m, 57.75m, 48.7375m, 39.075m, 31.5875m,
    ];

    static readonly decimal[] O3EightHourPrinted =
    [
        18.0m, 19.4m, 21.2m, 23.0m, 23.8m, 25.8m, 28.2m, 30.9m, 33.8m, 36.6m, 39.9m, 44.7m,
        51.3m, 58.4m, 66.2m, 71.1m, 74.4m, 73.7m, 71.0m, 65.0m, 57.8m, 48.7m, 39.1m, 31.6m,
    ];

    static readonly DateTimeOffset Start = new(2026, 3, 9, 18, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Rolling_DecisionExampleC_ExactMeansAndMaximum74Point4()
    {
        var hourly = O3Hours.Select((v, i) => new TimedValue(Start.AddHours(i), v, true));
        var day = Averages.Rolling(hourly).Where(a => Periods.DayOf(a.End) == new DateOnly(2026, 3, 10)).ToList();
        Assert.Equal(24, day.Count);
        Assert.Equal(O3EightHourExact, day.Select(a => a.Mean!.Value));
        for (var i = 0; i < 24; i++)
            Assert.InRange(day[i].Mean!.Value - O3EightHourPrinted[i], -0.1m, 0.1m);
        var max = day.MaxBy(a => a.Mean!.Value)!;
        Assert.Equal(74.3875m, max.Mean);
        Assert.Equal(74.4m, Math.Round(max.Mean!.Value, 1, MidpointRounding.AwayFromZero));
        Assert.Equal(17, max.End.Hour);
    }

    [Fact]
    public void DailyConcentrations_DecisionExampleC_Max8hIs74Point3875()
    {
        var series = new HourlyAirSeries(Start, O3Hours.Length);
        var o3 = series.ValuesOrCreate(AirPollutant.O3);
        for (var i = 0; i < O3Hours.Length; i++)
            o3[i] = O3Hours[i];
        var input = VnAqiDaily.Concentrations(series, new DateOnly(2026, 3, 10));
        Assert.Equal(74.3875m, input.O3Max8h);
        Assert.Equal(97.7m, input.O3Max1h);
    }

    [Fact]
    public void Daily_DecisionExampleD_Is110WithPm25Main()
    {
        var r = VnAqiDaily.Compute(new VnAqiDailyInput(Pm25Mean24h: 55.7m, O3Max1h: 114.6m, O3Max8h: 89.3m, No2Max1h: 130.8m));
        Assert.Equal(44.65m, VnAqiSubIndex.Compute(VnAqiColumn.O3EightHour, 89.3m));
        Assert.Equal(35.8125m, VnAqiSubIndex.Compute(VnAqiColumn.O3OneHour, 114.6m));
        Assert.Equal(45, r.RoundedSubIndex(AirPollutant.O3));
        Assert.Equal(65, r.RoundedSubIndex(AirPollutant.NO2));
        Assert.Equal(109.5m, r.SubIndex(AirPollutant.PM25));
        Assert.Equal(110, r.Aqi);
        Assert.Equal(AirPollutant.PM25, r.MainPollutant);
        Assert.Equal("Kém", r.Category!.NameVi);
        Assert.Equal("Poor", r.Category.NameEn);
        Assert.Equal("255;126;0", r.Category.Rgb);
    }

    [Theory]
    [InlineData("42.53125", 43)]
    [InlineData("40.6", 41)]
    [InlineData("44.65", 45)]
    [InlineData("35.81", 36)]
    [InlineData("65.4", 65)]
    [InlineData("109.5", 110)]
    [InlineData("59.35", 59)]
    public void RoundToInt_PrintedExamples_NearestHalfAwayFromZero(string value, int expected) =>
        Assert.Equal(expected, AqiMath.RoundToInt(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
