using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Domain.Standards.UsAqi;

/// <summary>Sub-index of the US EPA AQI (air-quality-index.md §16.2): truncate, find the row, interpolate.</summary>
public static class UsAqiSubIndex
{
    /// <summary>Truncates (never rounds) a concentration to the decimals of its column.</summary>
    public static decimal Truncate(UsAqiColumn column, decimal c)
    {
        var scale = column switch
        {
            UsAqiColumn.O3EightHour or UsAqiColumn.O3OneHour => 1000m,
            UsAqiColumn.PM25 or UsAqiColumn.CO => 10m,
            _ => 1m,
        };
        return Math.Truncate(c * scale) / scale;
    }

    /// <summary>
    /// The unrounded sub-index of concentration <paramref name="c"/> (EPA unit of the column), after truncation:
    /// (I_hi − I_lo) × (C − BP_lo) / (BP_hi − BP_lo) + I_lo in <c>decimal</c>. Null for a negative value, below
    /// the first row (O3 1-h under 0.125 ppm, SO2 24-h under 305 ppb) and above the last row of the O3 8-h
    /// (0.200 ppm: use 1-h O3) and SO2 1-h (304 ppb: use the 24-h mean) columns; 500 above the top of the others.
    /// </summary>
    public static decimal? Compute(UsAqiColumn column, decimal c)
    {
        if (c < 0m)
            return null;
        var t = Truncate(column, c);
        var rows = UsAqiBreakpoints.Column(column);
        if (t < rows[0].Low)
            return null;
        foreach (var r in rows)
            if (t <= r.High)
                return r.IndexLow + (r.IndexHigh - r.IndexLow) * (t - r.Low) / (r.High - r.Low);
        return column is UsAqiColumn.O3EightHour or UsAqiColumn.SO2OneHour ? null : 500m;
    }

    /// <summary>The column of a pollutant for an averaging period (hours 1, 8 or 24); null when the pair is not indexed.</summary>
    public static UsAqiColumn? ColumnFor(AirPollutant pollutant, int averagingHours) => (pollutant, averagingHours) switch
    {
        (AirPollutant.O3, 1) => UsAqiColumn.O3OneHour,
        (AirPollutant.O3, 8) => UsAqiColumn.O3EightHour,
        (AirPollutant.CO, 8) => UsAqiColumn.CO,
        (AirPollutant.SO2, 1) => UsAqiColumn.SO2OneHour,
        (AirPollutant.SO2, 24) => UsAqiColumn.SO2TwentyFourHour,
        (AirPollutant.NO2, 1) => UsAqiColumn.NO2,
        (AirPollutant.PM25, 1 or 24) => UsAqiColumn.PM25,
        (AirPollutant.PM10, 1 or 24) => UsAqiColumn.PM10,
        _ => null,
    };
}
