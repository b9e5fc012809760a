using System.Collections.Concurrent;
using System.Text;

namespace QuanTrac.Domain.Parameters;

/// <summary>
/// Canonical unit strings and the conversions between them. Raw units from station files are free text
/// (<c>ug/m3</c>, <c>oC</c>, <c>mg/l</c>); <see cref="Canonicalise"/> maps the known spellings to one form.
/// </summary>
public static class Units
{
    /// <summary>Micrograms per cubic metre.</summary>
    public const string MicrogramPerCubicMetre = "µg/m³";
    /// <summary>Milligrams per cubic metre.</summary>
    public const string MilligramPerCubicMetre = "mg/m³";
    /// <summary>Milligrams per normal cubic metre (25 °C, 760 mmHg).</summary>
    public const string MilligramPerNormalCubicMetre = "mg/Nm³";
    /// <summary>Milligrams per litre.</summary>
    public const string MilligramPerLitre = "mg/L";
    /// <summary>Micrograms per litre.</summary>
    public const string MicrogramPerLitre = "µg/L";
    /// <summary>Cubic metres per hour.</summary>
    public const string CubicMetrePerHour = "m³/h";
    /// <summary>Degrees Celsius.</summary>
    public const string DegreeCelsius = "°C";
    /// <summary>Percent.</summary>
    public const string Percent = "%";

    static readonly Dictionary<string, string> Spellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mg/l"] = MilligramPerLitre,
        ["ug/l"] = MicrogramPerLitre, ["µg/l"] = MicrogramPerLitre, ["μg/l"] = MicrogramPerLitre,
        ["oC"] = DegreeCelsius, ["°C"] = DegreeCelsius, ["độ C"] = DegreeCelsius, ["deg C"] = DegreeCelsius, ["C"] = DegreeCelsius,
        ["ug/m3"] = MicrogramPerCubicMetre, ["µg/m3"] = MicrogramPerCubicMetre, ["μg/m3"] = MicrogramPerCubicMetre,
        ["µg/m³"] = MicrogramPerCubicMetre, ["μg/m³"] = MicrogramPerCubicMetre, ["ug/Nm3"] = MicrogramPerCubicMetre,
        ["mg/m3"] = MilligramPerCubicMetre, ["mg/m³"] = MilligramPerCubicMetre,
        ["mg/Nm3"] = MilligramPerNormalCubicMetre, ["mg/Nm³"] = MilligramPerNormalCubicMetre,
        ["m3/h"] = CubicMetrePerHour, ["m³/h"] = CubicMetrePerHour, ["Nm3/h"] = CubicMetrePerHour,
        ["uS/cm"] = "µS/cm", ["µS/cm"] = "µS/cm", ["μS/cm"] = "µS/cm", ["mS/m"] = "mS/m",
        ["w/m2"] = "W/m²", ["W/m²"] = "W/m²",
        ["Degree"] = "degree", ["deg"] = "degree", ["°"] = "degree", ["độ"] = "degree",
        ["ng/m3"] = "ng/m³", ["ng/m³"] = "ng/m³",
        ["%"] = Percent, ["%V"] = Percent, ["% V"] = Percent, ["%vol"] = Percent,
        ["ppb"] = "ppb", ["ppm"] = "ppm", ["hPa"] = "hPa", ["kPa"] = "kPa", ["Pa"] = "Pa", ["mbar"] = "hPa",
        ["m/s"] = "m/s", ["FNU"] = "FNU", ["NTU"] = "NTU", ["Pt-Co"] = "Pt-Co", ["PtCo"] = "Pt-Co",
        ["MPN/100mL"] = "MPN/100 mL", ["MPN/100 mL"] = "MPN/100 mL", ["CFU/100mL"] = "CFU/100 mL", ["CFU/100 mL"] = "CFU/100 mL",
        ["mm"] = "mm", ["m"] = "m", ["Bq/L"] = "Bq/L", ["Bq/l"] = "Bq/L",
    };

    // Exact factors between canonical units of the same dimension: value_in_to = value_in_from × factor.
    static readonly Dictionary<(string From, string To), decimal> Factors = new()
    {
        [(MilligramPerCubicMetre, MicrogramPerCubicMetre)] = 1000m,
        [(MicrogramPerCubicMetre, MilligramPerCubicMetre)] = 0.001m,
        [(MilligramPerLitre, MicrogramPerLitre)] = 1000m,
        [(MicrogramPerLitre, MilligramPerLitre)] = 0.001m,
        [(MilligramPerCubicMetre, MilligramPerNormalCubicMetre)] = 1m,
        [(MilligramPerNormalCubicMetre, MilligramPerCubicMetre)] = 1m,
        [("kPa", "hPa")] = 10m,
        [("hPa", "kPa")] = 0.1m,
        [("Pa", "hPa")] = 0.01m,
        [("mS/m", "µS/cm")] = 10m,
        [("µS/cm", "mS/m")] = 0.1m,
    };

    /// <summary>
    /// The canonical spelling of a raw unit, or null when the spelling is unknown. An empty or blank raw
    /// unit gives the empty string.
    /// </summary>
    public static string? Canonicalise(string rawUnit)
    {
        // Called for every value received, with a handful of distinct units: the trim, NFC normalisation (an ICU
        // call for "µg/m³") and look-up are done once per distinct text. Past MaxCanonicalised entries (hostile
        // input) results are simply not remembered.
        if (Canonicalised.TryGetValue(rawUnit, out var known))
            return known;
        var result = CanonicaliseUncached(rawUnit);
        if (Canonicalised.Count < MaxCanonicalised)
            Canonicalised.TryAdd(rawUnit, result);
        return result;
    }

    const int MaxCanonicalised = 1024;
    static readonly ConcurrentDictionary<string, string?> Canonicalised = new(StringComparer.Ordinal);

    static string? CanonicaliseUncached(string rawUnit)
    {
        var unit = rawUnit.Trim().Normalize(NormalizationForm.FormC);
        if (unit.Length == 0)
            return string.Empty;
        return Spellings.TryGetValue(unit, out var canonical) ? canonical : null;
    }

    /// <summary>
    /// The factor that converts a value in canonical unit <paramref name="from"/> to canonical unit
    /// <paramref name="to"/>: 1 when they are equal, null when no exact conversion exists (ppb → µg/m³ needs
    /// a molar mass and is done by the standards engine, not here).
    /// </summary>
    public static decimal? Factor(string from, string to) =>
        string.Equals(from, to, StringComparison.Ordinal) ? 1m : Factors.TryGetValue((from, to), out var f) ? f : null;
}
