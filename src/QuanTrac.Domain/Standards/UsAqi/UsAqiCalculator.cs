using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Standards.UsAqi;

/// <summary>
/// Hourly and daily US EPA AQI from an hourly series in EPA units (O3 and CO ppm, SO2 and NO2 ppb, PM µg/m³),
/// air-quality-index.md §16. No pollutant is mandatory. Completeness rules as VN_AQI (project defaults, 75 %).
/// </summary>
public static class UsAqiCalculator
{
    /// <summary>
    /// Hourly AQI at hour <paramref name="index"/>: PM NowCast (truncated, 24-h PM rows); O3 the larger of the
    /// 1-h index (from 0.125 ppm) and the index of the 8-h mean ending this hour (up to 0.200 ppm); CO the 8-h
    /// mean ending this hour; NO2 the 1-h mean; SO2 the 1-h mean, or the 24-h mean ending this hour above 304 ppb.
    /// </summary>
    public static AqiResult Hourly(HourlyAirSeries series, int index, AveragingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var s = settings ?? AveragingSettings.Default;
        Span<decimal?> sub = stackalloc decimal?[AirPollutants.Count];
        sub[(int)AirPollutant.PM25] = series.Values(AirPollutant.PM25) is { } pm25 ? Sub(UsAqiColumn.PM25, NowCast.ComputeAt(pm25, index)) : null;
        sub[(int)AirPollutant.PM10] = series.Values(AirPollutant.PM10) is { } pm10 ? Sub(UsAqiColumn.PM10, NowCast.ComputeAt(pm10, index)) : null;
        var o3 = series.Values(AirPollutant.O3);
        sub[(int)AirPollutant.O3] = Larger(
            Sub(UsAqiColumn.O3OneHour, Hour(o3, index)),
            Sub(UsAqiColumn.O3EightHour, HourlyWindows.Mean(o3, index - 7, 8, s.RollingCoverageThresholdPercent).Mean));
        sub[(int)AirPollutant.CO] = Sub(UsAqiColumn.CO, HourlyWindows.Mean(series.Values(AirPollutant.CO), index - 7, 8, s.RollingCoverageThresholdPercent).Mean);
        sub[(int)AirPollutant.NO2] = Sub(UsAqiColumn.NO2, Hour(series.Values(AirPollutant.NO2), index));
        var so2 = series.Values(AirPollutant.SO2);
        sub[(int)AirPollutant.SO2] = So2(Hour(so2, index), () => HourlyWindows.Mean(so2, index - 23, 24, s.CoverageThresholdPercent).Mean);
        return AqiResult.From(sub, requireParticulate: false, UsAqiCategories.Bands);
    }

    /// <summary>
    /// Daily AQI of day <paramref name="day"/> (hours 01:00 … 24:00): PM 24-h means; O3 the larger of the indices
    /// of the maximum 8-h and maximum 1-h means; CO maximum 8-h; NO2 maximum 1-h; SO2 maximum 1-h, or the 24-h
    /// mean above 304 ppb. Means and maxima need 75 % of the day (default).
    /// </summary>
    public static AqiResult Daily(HourlyAirSeries series, DateOnly day, AveragingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var s = settings ?? AveragingSettings.Default;
        var first = series.IndexOf(new DateTimeOffset(day.ToDateTime(new TimeOnly(1, 0)), VietnamTime.Offset));
        var t = s.CoverageThresholdPercent;
        Span<decimal?> sub = stackalloc decimal?[AirPollutants.Count];
        sub[(int)AirPollutant.PM25] = Sub(UsAqiColumn.PM25, HourlyWindows.Mean(series.Values(AirPollutant.PM25), first, 24, t).Mean);
        sub[(int)AirPollutant.PM10] = Sub(UsAqiColumn.PM10, HourlyWindows.Mean(series.Values(AirPollutant.PM10), first, 24, t).Mean);
        var o3 = series.Values(AirPollutant.O3);
        sub[(int)AirPollutant.O3] = Larger(
            Sub(UsAqiColumn.O3OneHour, DayMax(HourlyWindows.Max(o3, first, 24), t)),
            Sub(UsAqiColumn.O3EightHour, DayMax(HourlyWindows.MaxRolling(o3, first, 24, 8, s.RollingCoverageThresholdPercent), t)));
        sub[(int)AirPollutant.CO] = Sub(UsAqiColumn.CO, DayMax(HourlyWindows.MaxRolling(series.Values(AirPollutant.CO), first, 24, 8, s.RollingCoverageThresholdPercent), t));
        sub[(int)AirPollutant.NO2] = Sub(UsAqiColumn.NO2, DayMax(HourlyWindows.Max(series.Values(AirPollutant.NO2), first, 24), t));
        var so2 = series.Values(AirPollutant.SO2);
        sub[(int)AirPollutant.SO2] = So2(DayMax(HourlyWindows.Max(so2, first, 24), t), () => HourlyWindows.Mean(so2, first, 24, t).Mean);
        return AqiResult.From(sub, requireParticulate: false, UsAqiCategories.Bands);
    }

    /// <summary>Every hour of a series.</summary>
    public static IReadOnlyList<AqiResult> AllHours(HourlyAirSeries series, AveragingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Enumerable.Range(0, series.Hours).Select(i => Hourly(series, i, settings)).ToList();
    }

    /// <summary>Every day the series touches.</summary>
    public static IReadOnlyList<(DateOnly Day, AqiResult Result)> AllDays(HourlyAirSeries series, AveragingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var result = new List<(DateOnly, AqiResult)>();
        if (series.Hours == 0)
            return result;
        for (var d = Periods.DayOf(series.FirstLabel); d <= Periods.DayOf(series.LabelAt(series.Hours - 1)); d = d.AddDays(1))
            result.Add((d, Daily(series, d, settings)));
        return result;
    }

    // SO2: the 1-h rows stop at 304 ppb; above, the 24-h mean is indexed on rows 201–500.
    static decimal? So2(decimal? oneHour, Func<decimal?> twentyFourHour)
    {
        if (oneHour is null)
            return null;
        if (UsAqiSubIndex.Truncate(UsAqiColumn.SO2OneHour, oneHour.Value) <= 304m)
            return UsAqiSubIndex.Compute(UsAqiColumn.SO2OneHour, oneHour.Value);
        return Sub(UsAqiColumn.SO2TwentyFourHour, twentyFourHour()) ?? 200m;
    }

    static decimal? DayMax((decimal? Max, int Count) m, decimal threshold) =>
        HourlyWindows.Complete(m.Count, 24, threshold) ? m.Max : null;

    static decimal? Hour(decimal?[]? values, int index) => values is null ? null : HourlyWindows.Get(values, index);

    static decimal? Larger(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    static decimal? Sub(UsAqiColumn column, decimal? c) => c is { } x ? UsAqiSubIndex.Compute(column, x) : null;
}
