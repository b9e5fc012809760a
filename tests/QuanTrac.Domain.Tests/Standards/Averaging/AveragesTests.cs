using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Standards.Averaging;

namespace QuanTrac.Domain.Tests.Standards.Averaging;

public class AveragesTests
{
    static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    static readonly DateTimeOffset Midnight = new(2026, 3, 10, 0, 0, 0, Vn);

    [Fact]
    public void Hourly_FiveMinuteRecords_HourEndingWindows()
    {
        // Records 00:05 … 01:00 belong to the hour labelled 01:00; 01:05 opens the next hour.
        var values = Enumerable.Range(1, 13).Select(i => new TimedValue(Midnight.AddMinutes(5 * i), i, true)).ToList();
        var hours = Averages.Hourly(values);
        Assert.Equal(2, hours.Count);
        Assert.Equal(Midnight.AddHours(1), hours[0].End);
        Assert.Equal(12, hours[0].Count);
        Assert.Equal(78m, hours[0].Sum);
        Assert.Equal(6.5m, hours[0].Mean);
        Assert.Equal(1m, hours[0].Min);
        Assert.Equal(12m, hours[0].Max);
        Assert.Equal(100m, hours[0].CoveragePercent);
        Assert.Equal(1, hours[1].Count);
        Assert.False(hours[1].Valid);
        Assert.Null(hours[1].Mean);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(8, false)]
    public void Hourly_NineOfTwelveValid_IsTheThreshold(int valid, bool expected)
    {
        var values = Enumerable.Range(1, 12).Select(i => new TimedValue(Midnight.AddMinutes(5 * i), 10m, i <= valid));
        var hour = Assert.Single(Averages.Hourly(values));
        Assert.Equal(valid, hour.Count);
        Assert.Equal(12, hour.ExpectedCount);
        Assert.Equal(expected, hour.Valid);
    }

    [Fact]
    public void Daily_HourlyLabels0100To0000_AreOneDay()
    {
        var hours = Enumerable.Range(1, 24).Select(i => new TimedValue(Midnight.AddHours(i), 1m, true));
        var day = Assert.Single(Averages.Daily(hours));
        Assert.Equal(Midnight, day.Start);
        Assert.Equal(Midnight.AddDays(1), day.End);
        Assert.Equal(24, day.Count);
        Assert.Equal(new DateOnly(2026, 3, 10), Periods.DayOf(day.End));
    }

    [Fact]
    public void Monthly_DailyMeans_ExpectedIsDaysInMonth()
    {
        var days = Enumerable.Range(1, 21).Select(i => new TimedValue(new DateTimeOffset(2026, 2, 1, 0, 0, 0, Vn).AddDays(i), 2m, true));
        var month = Assert.Single(Averages.Monthly(days));
        Assert.Equal(28, month.ExpectedCount);
        Assert.Equal(75m, month.CoveragePercent);
        Assert.True(month.Valid);
    }

    [Fact]
    public void Annual_DailyMeans_ExpectedIsDaysInYear()
    {
        var days = Enumerable.Range(1, 365).Select(i => new TimedValue(new DateTimeOffset(2026, 1, 1, 0, 0, 0, Vn).AddDays(i), 2m, true));
        var year = Assert.Single(Averages.Annual(days));
        Assert.Equal(365, year.ExpectedCount);
        Assert.Equal(2m, year.Mean);
    }

    [Fact]
    public void IsValid_StatusAndFlags_OnlyStatus00WithoutInvalidatingFlags()
    {
        static Observation O(string status, decimal? value, ObservationFlags flags) =>
            new("S", "PM2.5", "PM2.5", Midnight, "1", value, "µg/m³", "µg/m³", status, flags);
        Assert.True(TimedValue.IsValid(O("00", 1m, ObservationFlags.Late | ObservationFlags.TimestampMismatch)));
        Assert.False(TimedValue.IsValid(O("01", 1m, ObservationFlags.None)));
        Assert.False(TimedValue.IsValid(O("02", 1m, ObservationFlags.None)));
        Assert.False(TimedValue.IsValid(O("07", 1m, ObservationFlags.UnknownStatus)));
        Assert.False(TimedValue.IsValid(O("00", null, ObservationFlags.MissingValue)));
        Assert.False(TimedValue.IsValid(O("00", 1m, ObservationFlags.Unmapped)));
        Assert.False(TimedValue.IsValid(O("00", 1m, ObservationFlags.FutureTime)));
        Assert.False(TimedValue.IsValid(O("00", 1m, ObservationFlags.UnitUnknown)));
    }

    [Fact]
    public void Rolling_SixOfEightHours_ValidMeanOfValidOnes()
    {
        var hours = Enumerable.Range(1, 8).Select(i => new TimedValue(Midnight.AddHours(i), i, i > 2));
        var last = Averages.Rolling(hours)[^1];
        Assert.Equal(6, last.Count);
        Assert.True(last.Valid);
        Assert.Equal((3m + 4 + 5 + 6 + 7 + 8) / 6, last.Mean);
        var strict = Averages.Rolling(hours, settings: new AveragingSettings { RollingCoverageThresholdPercent = 100m })[^1];
        Assert.False(strict.Valid);
    }

    [Property(MaxTest = 200)]
    public Property Coverage_NeverAbove100(NonNegativeInt[] minutes)
    {
        // Irregular, dense or duplicated timestamps still give at most 100 %.
        var values = minutes.Select(m => new TimedValue(Midnight.AddMinutes(m.Get % 600), 1m, true));
        return Averages.Hourly(values).All(a => a.CoveragePercent is >= 0m and <= 100m).ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Combine_RollUpOfRollUps_EqualsDirectAggregate(NonNegativeInt[] minutes, int[] raw)
    {
        // Five-minute values over ~2 days: hourly aggregates combined per day, then the days combined,
        // equal the single aggregate of all the values (count, sum, min, max). Values with two decimals, so the
        // decimal sums are exact in any order (1/7 would round differently by grouping).
        var values = minutes.Select((m, i) => new TimedValue(
            Midnight.AddMinutes(5 * (1 + m.Get % 576)), i < raw.Length ? raw[i] / 100m : 1m, i % 5 != 0)).ToList();
        var hourly = Averages.Hourly(values);
        if (hourly.Count == 0)
            return true.ToProperty();
        var byDay = hourly.GroupBy(h => Periods.DayOf(h.End)).Select(g => g.Aggregate(Aggregate.Combine)).ToList();
        var all = byDay.Aggregate(Aggregate.Combine);
        var usable = values.Where(v => v.Usable).Select(v => v.Value!.Value).ToList();
        return (all.Count == usable.Count
                && all.Sum == usable.Sum()
                && all.Min == (usable.Count == 0 ? null : usable.Min())
                && all.Max == (usable.Count == 0 ? null : usable.Max())
                && all.ExpectedCount == 12 * hourly.Count).ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property DailyOfHourly_Combined_EqualsDailyDirectOverHourlyMeans(int[] raw)
    {
        // Daily aggregates of hourly means combined over several days = one aggregate of all those hourly means.
        var hours = raw.Select((r, i) => new TimedValue(Midnight.AddHours(i + 1), Math.Abs(r % 1000) / 10m, r % 7 != 0)).ToList();
        var days = Averages.Daily(hours);
        if (days.Count == 0)
            return true.ToProperty();
        var combined = days.Aggregate(Aggregate.Combine);
        var usable = hours.Where(h => h.Usable).Select(h => h.Value!.Value).ToList();
        return (combined.Count == usable.Count && combined.Sum == usable.Sum() && combined.ExpectedCount == 24 * days.Count).ToProperty();
    }
}
