namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// An hourly or daily AQI of one station: the sub-indices, the AQI (integer, half away from zero), the main
/// pollutant and the category.
/// </summary>
/// <param name="SubIndices">Unrounded sub-index per pollutant (index = (int)<see cref="AirPollutant"/>), null where none exists; 0–500.</param>
/// <param name="Aqi">The AQI, 0–500, or null when no AQI may be published (VN_AQI: no PM sub-index; or no sub-index at all).</param>
/// <param name="MainPollutant">The pollutant with the highest sub-index (ties: higher unrounded, then tie-break order); null with <paramref name="Aqi"/>.</param>
/// <param name="TiedPollutants">Every pollutant whose rounded sub-index equals the AQI (for the detail view).</param>
/// <param name="Category">The band of <paramref name="Aqi"/>; null with it.</param>
public sealed record AqiResult(
    IReadOnlyList<decimal?> SubIndices,
    int? Aqi,
    AirPollutant? MainPollutant,
    IReadOnlyList<AirPollutant> TiedPollutants,
    AqiCategory? Category)
{
    /// <summary>The unrounded sub-index of a pollutant.</summary>
    public decimal? SubIndex(AirPollutant pollutant) => SubIndices[(int)pollutant];

    /// <summary>The sub-index of a pollutant rounded to an integer, half away from zero.</summary>
    public int? RoundedSubIndex(AirPollutant pollutant) => AqiMath.RoundToInt(SubIndices[(int)pollutant]);

    /// <summary>
    /// Builds a result from sub-indices. The AQI is the rounded maximum; with <paramref name="requireParticulate"/>
    /// (VN_AQI) there is no AQI unless PM2.5 or PM10 has a sub-index.
    /// </summary>
    public static AqiResult From(ReadOnlySpan<decimal?> subIndices, bool requireParticulate, IReadOnlyList<AqiCategory> bands)
    {
        var summary = AqiMath.Summarise(subIndices, requireParticulate);
        var tied = new List<AirPollutant>();
        if (summary.Aqi is { } aqi)
            for (var i = 0; i < subIndices.Length; i++)
                if (AqiMath.RoundToInt(subIndices[i]) == aqi)
                    tied.Add((AirPollutant)i);
        return new AqiResult(subIndices.ToArray(), summary.Aqi, summary.MainPollutant, tied,
            summary.Aqi is { } a ? AqiCategory.Find(bands, a) : null);
    }
}

/// <summary>The allocation-free core of an AQI: the rounded maximum and its pollutant.</summary>
/// <param name="Aqi">Rounded maximum sub-index, or null.</param>
/// <param name="MainPollutant">Pollutant of the maximum, or null.</param>
public readonly record struct AqiSummary(int? Aqi, AirPollutant? MainPollutant);

/// <summary>Rounding and maximum rules shared by VN_AQI and the US AQI.</summary>
public static class AqiMath
{
    /// <summary>Rounds to an integer, half away from zero (109.5 → 110); null stays null.</summary>
    public static int? RoundToInt(decimal? x) =>
        x is null ? null : (int)Math.Round(x.Value, 0, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The AQI of a set of sub-indices: the maximum, rounded. The main pollutant is the first (in
    /// <see cref="AirPollutant"/> order) with the highest unrounded sub-index; since rounding is monotonic this
    /// is also "highest rounded, then highest unrounded, then order".
    /// </summary>
    public static AqiSummary Summarise(ReadOnlySpan<decimal?> subIndices, bool requireParticulate)
    {
        decimal? max = null;
        var main = -1;
        for (var i = 0; i < subIndices.Length; i++)
            if (subIndices[i] is { } s && (max is null || s > max.Value))
            {
                max = s;
                main = i;
            }
        if (max is null)
            return default;
        if (requireParticulate && subIndices[(int)AirPollutant.PM25] is null && subIndices[(int)AirPollutant.PM10] is null)
            return default;
        return new AqiSummary(RoundToInt(max), (AirPollutant)main);
    }
}
