using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>
/// Hourly VN_AQI (AQI^h, Decision 1459 §2.2.1, air-quality-index.md §5): PM2.5 and PM10 from their NowCast,
/// O3 from the 1-h column, NO2, SO2 and CO from the current 1-hour mean; AQI = rounded maximum, only when PM2.5
/// or PM10 has a sub-index.
/// </summary>
public static class VnAqiHourly
{
    /// <summary>
    /// The hourly AQI from concentrations already reduced to the hour (µg/m³): the PM NowCasts and the current
    /// 1-hour means of the gases. Null inputs are missing.
    /// </summary>
    public static AqiResult FromConcentrations(decimal? pm25NowCast, decimal? pm10NowCast, decimal? o3, decimal? no2, decimal? so2, decimal? co)
    {
        Span<decimal?> s = stackalloc decimal?[AirPollutants.Count];
        s[(int)AirPollutant.PM25] = Sub(VnAqiColumn.PM25, pm25NowCast);
        s[(int)AirPollutant.PM10] = Sub(VnAqiColumn.PM10, pm10NowCast);
        s[(int)AirPollutant.O3] = Sub(VnAqiColumn.O3OneHour, o3);
        s[(int)AirPollutant.NO2] = Sub(VnAqiColumn.NO2, no2);
        s[(int)AirPollutant.SO2] = Sub(VnAqiColumn.SO2, so2);
        s[(int)AirPollutant.CO] = Sub(VnAqiColumn.CO, co);
        return AqiResult.From(s, requireParticulate: true, VnAqiCategories.Bands);
    }

    /// <summary>
    /// The hourly AQI at hour <paramref name="index"/> of a series, writing the unrounded sub-indices into
    /// <paramref name="subIndices"/> (length ≥ 6, indexed by <see cref="AirPollutant"/>). Allocation-free: the hot path.
    /// </summary>
    public static AqiSummary Compute(HourlyAirSeries series, int index, Span<decimal?> subIndices)
    {
        ArgumentNullException.ThrowIfNull(series);
        subIndices[(int)AirPollutant.PM25] = series.Values(AirPollutant.PM25) is { } pm25 ? Sub(VnAqiColumn.PM25, NowCast.ComputeAt(pm25, index)) : null;
        subIndices[(int)AirPollutant.PM10] = series.Values(AirPollutant.PM10) is { } pm10 ? Sub(VnAqiColumn.PM10, NowCast.ComputeAt(pm10, index)) : null;
        subIndices[(int)AirPollutant.O3] = Sub(VnAqiColumn.O3OneHour, series.At(AirPollutant.O3, index));
        subIndices[(int)AirPollutant.NO2] = Sub(VnAqiColumn.NO2, series.At(AirPollutant.NO2, index));
        subIndices[(int)AirPollutant.SO2] = Sub(VnAqiColumn.SO2, series.At(AirPollutant.SO2, index));
        subIndices[(int)AirPollutant.CO] = Sub(VnAqiColumn.CO, series.At(AirPollutant.CO, index));
        return AqiMath.Summarise(subIndices[..AirPollutants.Count], requireParticulate: true);
    }

    /// <summary>The hourly AQI at hour <paramref name="index"/> of a series.</summary>
    public static AqiResult At(HourlyAirSeries series, int index)
    {
        Span<decimal?> s = stackalloc decimal?[AirPollutants.Count];
        Compute(series, index, s);
        return AqiResult.From(s, requireParticulate: true, VnAqiCategories.Bands);
    }

    /// <summary>The hourly AQI of every hour of a series, in order (hours without an AQI included, with a null AQI).</summary>
    public static IReadOnlyList<AqiResult> All(HourlyAirSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var result = new AqiResult[series.Hours];
        for (var i = 0; i < series.Hours; i++)
            result[i] = At(series, i);
        return result;
    }

    static decimal? Sub(VnAqiColumn column, decimal? c) => c is { } x ? VnAqiSubIndex.Compute(column, x) : null;
}
