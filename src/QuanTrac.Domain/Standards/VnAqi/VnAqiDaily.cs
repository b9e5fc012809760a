using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>
/// Daily VN_AQI (AQI^d, Decision 1459 §2.2.2, air-quality-index.md §6): PM 24-hour means, O3 as the larger of
/// the 1-h-column index of the daily maximum 1-h mean and the 8-h-column index of the daily maximum 8-h mean
/// (the latter dropped above 400 µg/m³), SO2 / NO2 / CO from the daily maximum 1-hour mean. Day D = the hourly
/// labels 01:00 of D … 00:00 of D+1.
/// </summary>
public static class VnAqiDaily
{
    /// <summary>The daily AQI from the day's concentrations.</summary>
    public static AqiResult Compute(VnAqiDailyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<decimal?> s = stackalloc decimal?[AirPollutants.Count];
        s[(int)AirPollutant.PM25] = Sub(VnAqiColumn.PM25, input.Pm25Mean24h);
        s[(int)AirPollutant.PM10] = Sub(VnAqiColumn.PM10, input.Pm10Mean24h);
        s[(int)AirPollutant.O3] = O3SubIndex(input.O3Max1h, input.O3Max8h);
        s[(int)AirPollutant.NO2] = Sub(VnAqiColumn.NO2, input.No2Max1h);
        s[(int)AirPollutant.SO2] = Sub(VnAqiColumn.SO2, input.So2Max1h);
        s[(int)AirPollutant.CO] = Sub(VnAqiColumn.CO, input.CoMax1h);
        return AqiResult.From(s, requireParticulate: true, VnAqiCategories.Bands);
    }

    /// <summary>
    /// O3 daily sub-index: max(AQI_1h(max 1-h), AQI_8h(max 8-h)); the 8-h one is not computed above 400 µg/m³.
    /// The decision's text says "the larger concentration", but the two use different columns and its worked
    /// example compares the indices, so the indices are compared.
    /// </summary>
    public static decimal? O3SubIndex(decimal? max1h, decimal? max8h)
    {
        var one = Sub(VnAqiColumn.O3OneHour, max1h);
        var eight = Sub(VnAqiColumn.O3EightHour, max8h);
        return one is null ? eight : eight is null ? one : Math.Max(one.Value, eight.Value);
    }

    /// <summary>
    /// The concentrations of day <paramref name="day"/> from an hourly series, with the completeness rules of
    /// <paramref name="settings"/> (default: PM mean and daily maxima need 18 of 24 hours; each 8-h mean 6 of 8;
    /// the maximum 8-h mean 18 of the day's 24 8-h means, which reach back into the previous day).
    /// </summary>
    public static VnAqiDailyInput Concentrations(HourlyAirSeries series, DateOnly day, VnAqiSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var s = settings ?? VnAqiSettings.Default;
        var first = series.IndexOf(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), VietnamTime.Offset));
        return new VnAqiDailyInput(
            Pm25Mean24h: Mean(series.Values(AirPollutant.PM25), first, s),
            Pm10Mean24h: Mean(series.Values(AirPollutant.PM10), first, s),
            O3Max1h: MaxHourly(series.Values(AirPollutant.O3), first, s, VnAqiColumn.O3OneHour),
            O3Max8h: MaxEightHour(series.Values(AirPollutant.O3), first, s),
            No2Max1h: MaxHourly(series.Values(AirPollutant.NO2), first, s, VnAqiColumn.NO2),
            So2Max1h: MaxHourly(series.Values(AirPollutant.SO2), first, s, VnAqiColumn.SO2),
            CoMax1h: MaxHourly(series.Values(AirPollutant.CO), first, s, VnAqiColumn.CO));
    }

    /// <summary>The daily AQI of every day that the series touches, in order.</summary>
    public static IReadOnlyList<(DateOnly Day, AqiResult Result)> All(HourlyAirSeries series, VnAqiSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var result = new List<(DateOnly, AqiResult)>();
        if (series.Hours == 0)
            return result;
        var firstDay = Periods.DayOf(series.FirstLabel);
        var lastDay = Periods.DayOf(series.LabelAt(series.Hours - 1));
        for (var d = firstDay; d <= lastDay; d = d.AddDays(1))
            result.Add((d, Compute(Concentrations(series, d, settings))));
        return result;
    }

    const int HoursPerDay = 24;

    static decimal? Mean(decimal?[]? values, int first, VnAqiSettings s) =>
        HourlyWindows.Mean(values, first, HoursPerDay, s.Averaging.CoverageThresholdPercent).Mean;

    static decimal? MaxHourly(decimal?[]? values, int first, VnAqiSettings s, VnAqiColumn column)
    {
        var (max, count) = HourlyWindows.Max(values, first, HoursPerDay);
        return Accept(max, count, s, column);
    }

    static decimal? MaxEightHour(decimal?[]? values, int first, VnAqiSettings s)
    {
        var (max, count) = HourlyWindows.MaxRolling(values, first, HoursPerDay, 8, s.Averaging.RollingCoverageThresholdPercent);
        return Accept(max, count, s, VnAqiColumn.O3EightHour);
    }

    static decimal? Accept(decimal? max, int count, VnAqiSettings s, VnAqiColumn column)
    {
        if (max is null)
            return null;
        if (HourlyWindows.Complete(count, HoursPerDay, s.Averaging.CoverageThresholdPercent))
            return max;
        return s.AcceptIncompleteDayAbove100 && VnAqiSubIndex.Compute(column, max.Value) > 100m ? max : null;
    }

    static decimal? Sub(VnAqiColumn column, decimal? c) => c is { } x ? VnAqiSubIndex.Compute(column, x) : null;
}
