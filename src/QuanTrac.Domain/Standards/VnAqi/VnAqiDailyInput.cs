namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>
/// The day's concentrations that the daily VN_AQI reads (µg/m³; null = not available or incomplete).
/// </summary>
/// <param name="Pm25Mean24h">PM2.5 24-hour mean.</param>
/// <param name="Pm10Mean24h">PM10 24-hour mean.</param>
/// <param name="O3Max1h">O3 daily maximum 1-hour mean.</param>
/// <param name="O3Max8h">O3 daily maximum 8-hour mean (above 400 µg/m³ it gives no sub-index).</param>
/// <param name="No2Max1h">NO2 daily maximum 1-hour mean.</param>
/// <param name="So2Max1h">SO2 daily maximum 1-hour mean.</param>
/// <param name="CoMax1h">CO daily maximum 1-hour mean (µg/m³).</param>
public sealed record VnAqiDailyInput(
    decimal? Pm25Mean24h = null,
    decimal? Pm10Mean24h = null,
    decimal? O3Max1h = null,
    decimal? O3Max8h = null,
    decimal? No2Max1h = null,
    decimal? So2Max1h = null,
    decimal? CoMax1h = null);
