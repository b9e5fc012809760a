namespace QuanTrac.Domain.Standards.Limits;

/// <summary>
/// Correction of a stack-gas concentration to a reference O2 (regulatory-limits.md §6.4):
/// C_ref = C_meas × (O2_air − O2_ref) / (O2_air − O2_meas), O2 in % by volume, dry gas. Use the O2 measured in the
/// same interval as the concentration, and keep raw and corrected series apart.
/// </summary>
public static class OxygenCorrection
{
    /// <summary>O2 in air, % by volume, as the spec writes the formula (some texts use 21).</summary>
    public const decimal SpecAirOxygen = 20.9m;

    /// <summary>
    /// The corrected concentration (same unit as <paramref name="measured"/>), or null when it cannot be computed:
    /// O2_meas at or above <paramref name="airOxygen"/>, or above <paramref name="maxMeasuredOxygen"/> (values near
    /// air amplify noise, so a station may configure a ceiling).
    /// </summary>
    /// <param name="measured">Measured concentration, ≥ 0.</param>
    /// <param name="measuredOxygen">O2 measured in the same interval, % (0 ≤ O2 &lt; air).</param>
    /// <param name="referenceOxygen">Reference O2 of the source category, %.</param>
    /// <param name="airOxygen">O2 of air, %: <see cref="SpecAirOxygen"/> by default; pass 21 for texts that use 21.</param>
    /// <param name="maxMeasuredOxygen">Highest O2_meas corrected, %; null for no ceiling below air.</param>
    public static decimal? ToReference(decimal measured, decimal measuredOxygen, decimal referenceOxygen,
        decimal airOxygen = SpecAirOxygen, decimal? maxMeasuredOxygen = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(measured);
        ArgumentOutOfRangeException.ThrowIfNegative(measuredOxygen);
        if (referenceOxygen < 0 || referenceOxygen >= airOxygen)
            throw new ArgumentOutOfRangeException(nameof(referenceOxygen), referenceOxygen, "The reference O2 lies between 0 and the O2 of air.");
        if (measuredOxygen >= airOxygen || measuredOxygen > maxMeasuredOxygen)
            return null;
        return measured * (airOxygen - referenceOxygen) / (airOxygen - measuredOxygen);
    }
}
