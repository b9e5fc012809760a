using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Standards.Air;

namespace QuanTrac.Domain.Standards.Conversions;

/// <summary>
/// Mass concentration ↔ mixing ratio of the AQI gases at 25 °C and 1 atm (molar volume 24.45 L/mol, the
/// reference of QCVN 05's Nm³; air-quality-index.md §16.5): ppb = µg/m³ × 24.45 / M, µg/m³ = ppb × M / 24.45,
/// ppm = ppb / 1000. Other unit spellings (mg/m³, mg/l, oC) go through <see cref="Units"/>.
/// </summary>
public static class GasConversions
{
    /// <summary>Molar volume at 25 °C and 1 atm, L/mol.</summary>
    public const decimal MolarVolume = 24.45m;

    /// <summary>Molar mass in g/mol of a gas (O3 48.00, NO2 46.01, SO2 64.07, CO 28.01); null for particulate matter.</summary>
    public static decimal? MolarMass(AirPollutant pollutant) => pollutant switch
    {
        AirPollutant.O3 => 48.00m,
        AirPollutant.NO2 => 46.01m,
        AirPollutant.SO2 => 64.07m,
        AirPollutant.CO => 28.01m,
        _ => null,
    };

    /// <summary>µg/m³ → ppb of a gas.</summary>
    public static decimal MicrogramsToPpb(AirPollutant pollutant, decimal microgramsPerCubicMetre) =>
        microgramsPerCubicMetre * MolarVolume / Mass(pollutant);

    /// <summary>ppb → µg/m³ of a gas.</summary>
    public static decimal PpbToMicrograms(AirPollutant pollutant, decimal ppb) => ppb * Mass(pollutant) / MolarVolume;

    /// <summary>
    /// Converts a value of <paramref name="pollutant"/> between any of µg/m³, mg/m³, ppb and ppm (raw spellings
    /// such as <c>ug/m3</c> accepted). Null when a unit is unknown or a mixing ratio is asked for particulate matter.
    /// </summary>
    public static decimal? Convert(AirPollutant pollutant, decimal value, string fromUnit, string toUnit)
    {
        ArgumentNullException.ThrowIfNull(fromUnit);
        ArgumentNullException.ThrowIfNull(toUnit);
        var from = Units.Canonicalise(fromUnit);
        var to = Units.Canonicalise(toUnit);
        if (ToMicrograms(pollutant, value, from) is not { } ug)
            return null;
        return to switch
        {
            Units.MicrogramPerCubicMetre => ug,
            Units.MilligramPerCubicMetre => ug / 1000m,
            "ppb" when MolarMass(pollutant) is not null => MicrogramsToPpb(pollutant, ug),
            "ppm" when MolarMass(pollutant) is not null => MicrogramsToPpb(pollutant, ug) / 1000m,
            _ => null,
        };
    }

    static decimal? ToMicrograms(AirPollutant pollutant, decimal value, string? unit) => unit switch
    {
        Units.MicrogramPerCubicMetre => value,
        Units.MilligramPerCubicMetre => value * 1000m,
        "ppb" when MolarMass(pollutant) is not null => PpbToMicrograms(pollutant, value),
        "ppm" when MolarMass(pollutant) is not null => PpbToMicrograms(pollutant, value * 1000m),
        _ => null,
    };

    static decimal Mass(AirPollutant pollutant) =>
        MolarMass(pollutant) ?? throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "Particulate matter has no molar mass.");
}
