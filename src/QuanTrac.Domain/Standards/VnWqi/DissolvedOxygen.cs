namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>
/// DO saturation of fresh water at 1 atm and zero salinity (water-quality-index.md §6.2), the classic cubic fit
/// used by the 2011 handbook and Decision 1460.
/// </summary>
public static class DissolvedOxygen
{
    /// <summary>Lowest water temperature accepted, °C (inclusive): the fit is for liquid fresh water.</summary>
    public const decimal MinTemperature = 0m;

    /// <summary>Highest water temperature accepted, °C (inclusive); above it the cubic fit is not meaningful.</summary>
    public const decimal MaxTemperature = 50m;

    /// <summary>
    /// DO_sat in mg/L = 14.652 − 0.41022·T + 0.0079910·T² − 0.000077774·T³, T in °C within
    /// [<see cref="MinTemperature"/>, <see cref="MaxTemperature"/>]; null outside. T = 25 → 8.17565625.
    /// </summary>
    public static decimal? Saturation(decimal temperature)
    {
        if (temperature < MinTemperature || temperature > MaxTemperature)
            return null;
        var t = temperature;
        return 14.652m - 0.41022m * t + 0.0079910m * t * t - 0.000077774m * t * t * t;
    }

    /// <summary>DO as % of saturation: DO_measured (mg/L) / DO_sat × 100; null when the temperature is outside the fit.</summary>
    public static decimal? PercentSaturation(decimal measured, decimal temperature) =>
        Saturation(temperature) is { } sat ? measured * 100m / sat : null;
}
