using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>Sub-index AQIx of one concentration (Formula 1 / 2 of Decision 1459, air-quality-index.md §4 and §9).</summary>
public static class VnAqiSubIndex
{
    static readonly decimal[] Index = [0m, 50m, 100m, 150m, 200m, 300m, 400m, 500m];

    /// <summary>
    /// The unrounded sub-index, 0–500, of concentration <paramref name="c"/> (µg/m³) in <paramref name="column"/>:
    /// I_i + ((I_{i+1} − I_i) × (C − BP_i)) / (BP_{i+1} − BP_i), multiplying before dividing, no truncation of C.
    /// A value on a breakpoint uses the lower segment. At or above the last breakpoint: 500 (clamped; see
    /// <see cref="IsBeyondScale"/>). Null for a negative concentration and for an O3 8-h mean above 400 µg/m³.
    /// </summary>
    public static decimal? Compute(VnAqiColumn column, decimal c)
    {
        if (c < 0m)
            return null;
        var bp = VnAqiBreakpoints.Column(column);
        var last = bp.Length - 1;
        if (c > bp[last])
            return column == VnAqiColumn.O3EightHour ? null : Index[last];
        for (var i = 0; i < last; i++)
            if (c <= bp[i + 1])
                return Index[i] + (Index[i + 1] - Index[i]) * (c - bp[i]) / (bp[i + 1] - bp[i]);
        return Index[last];
    }

    /// <summary>
    /// True when a concentration is above the last breakpoint of its column (flag <c>BEYOND_SCALE</c>: the
    /// sub-index is clamped at 500). Never true for the O3 8-h column, which has no sub-index there.
    /// </summary>
    public static bool IsBeyondScale(VnAqiColumn column, decimal c)
    {
        var bp = VnAqiBreakpoints.Column(column);
        return column != VnAqiColumn.O3EightHour && c > bp[^1];
    }

    /// <summary>The column of a pollutant for a given averaging period (hours: 1, 8 or 24); null when the pair has no column.</summary>
    public static VnAqiColumn? ColumnFor(AirPollutant pollutant, int averagingHours) => (pollutant, averagingHours) switch
    {
        (AirPollutant.O3, 1) => VnAqiColumn.O3OneHour,
        (AirPollutant.O3, 8) => VnAqiColumn.O3EightHour,
        (AirPollutant.O3, _) => null,
        (AirPollutant.CO, 1 or 24) => VnAqiColumn.CO,
        (AirPollutant.SO2, 1 or 24) => VnAqiColumn.SO2,
        (AirPollutant.NO2, 1 or 24) => VnAqiColumn.NO2,
        (AirPollutant.PM10, 1 or 24) => VnAqiColumn.PM10,
        (AirPollutant.PM25, 1 or 24) => VnAqiColumn.PM25,
        _ => null,
    };
}
