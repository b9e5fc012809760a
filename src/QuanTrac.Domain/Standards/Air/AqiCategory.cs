namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// One band of an air-quality index (VN_AQI Table 1, Table 4, Table 5; or the US EPA categories): an
/// integer AQI range, names, colour and the advice to show with it, each in Vietnamese and English.
/// </summary>
/// <param name="Min">Lowest integer AQI of the band, inclusive.</param>
/// <param name="Max">Highest integer AQI of the band, inclusive (500 for the last band, which also takes anything above).</param>
/// <param name="NameVi">Vietnamese name (<c>Tốt</c> …).</param>
/// <param name="NameEn">English name (<c>Good</c> …).</param>
/// <param name="ColourVi">Colour name in Vietnamese (<c>Xanh</c> …).</param>
/// <param name="ColourEn">Colour name in English (<c>green</c> …).</param>
/// <param name="R">Red component, 0–255.</param>
/// <param name="G">Green component, 0–255.</param>
/// <param name="B">Blue component, 0–255.</param>
/// <param name="HealthVi">Health effects (Table 4), Vietnamese.</param>
/// <param name="HealthEn">Health effects, English.</param>
/// <param name="PublicAdviceVi">Recommended activities for the general public (Table 5), Vietnamese.</param>
/// <param name="PublicAdviceEn">Recommended activities for the general public, English.</param>
/// <param name="SensitiveAdviceVi">Recommended activities for sensitive groups, Vietnamese.</param>
/// <param name="SensitiveAdviceEn">Recommended activities for sensitive groups, English.</param>
public sealed record AqiCategory(
    int Min, int Max,
    string NameVi, string NameEn,
    string ColourVi, string ColourEn,
    byte R, byte G, byte B,
    string HealthVi, string HealthEn,
    string PublicAdviceVi, string PublicAdviceEn,
    string SensitiveAdviceVi, string SensitiveAdviceEn)
{
    /// <summary>The colour as the decision prints it: <c>R;G;B</c>, e.g. <c>0;228;0</c>.</summary>
    public string Rgb => FormattableString.Invariant($"{R};{G};{B}");

    /// <summary>The colour as hexadecimal <c>#RRGGBB</c>, e.g. <c>#00E400</c>.</summary>
    public string Hex => FormattableString.Invariant($"#{R:X2}{G:X2}{B:X2}");

    /// <summary>The band of an integer AQI in a table of bands sorted by <see cref="Min"/>; null for a negative AQI.</summary>
    public static AqiCategory? Find(IReadOnlyList<AqiCategory> bands, int aqi)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (aqi < 0 || bands.Count == 0)
            return null;
        foreach (var band in bands)
            if (aqi <= band.Max)
                return band;
        // Above the last band (only without clamping): still the last band (air-quality-index.md §10).
        return bands[^1];
    }
}
