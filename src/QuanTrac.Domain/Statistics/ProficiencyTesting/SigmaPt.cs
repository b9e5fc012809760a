namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>Ways to set the standard deviation for proficiency assessment σ_pt (proficiency-testing.md §7).</summary>
public static class SigmaPt
{
    /// <summary>Fitness for purpose as a fraction of the assigned value: σ_pt = fraction·|x_pt| (e.g. 0.15).</summary>
    public static double FromFraction(double assignedValue, double fraction) =>
        PtInput.Positive(fraction, nameof(fraction)) * Math.Abs(PtInput.Finite(assignedValue, nameof(assignedValue)));

    /// <summary>
    /// Horwitz function with Thompson's modification (ISO 13528 8.4): c is a dimensionless mass fraction
    /// (1 mg/kg = 1e-6, 1 % = 0.01) within 0–1; the result is a mass fraction too. Branches: 0.22c below 1.2e-7,
    /// 0.02c^0.8495 for 1.2e-7 ≤ c ≤ 0.138 (both bounds inclusive), 0.01c^0.5 above 0.138.
    /// </summary>
    public static double HorwitzThompson(double massFraction)
    {
        if (!(massFraction >= 0 && massFraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(massFraction), massFraction, "The mass fraction must lie within 0–1.");
        if (massFraction < 1.2e-7)
            return 0.22 * massFraction;
        if (massFraction <= 0.138)
            return 0.02 * Math.Pow(massFraction, 0.8495);
        return 0.01 * Math.Sqrt(massFraction);
    }

    /// <summary>
    /// From a precision experiment (ISO 13528 8.5): σ_pt = √(σ_R² − σ_r²(1 − 1/m)) for participants reporting the mean
    /// of m replicates. Throws when the radicand is negative (σ_r too large for σ_R).
    /// </summary>
    public static double FromPrecision(double reproducibilitySd, double repeatabilitySd, int replicates)
    {
        PtInput.NonNegative(reproducibilitySd, nameof(reproducibilitySd));
        PtInput.NonNegative(repeatabilitySd, nameof(repeatabilitySd));
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var radicand = reproducibilitySd * reproducibilitySd - repeatabilitySd * repeatabilitySd * (1 - 1.0 / replicates);
        if (radicand < 0)
            throw new ArgumentException("σ_R² − σ_r²(1 − 1/m) is negative: σ_r is too large for σ_R.", nameof(repeatabilitySd));
        return Math.Sqrt(radicand);
    }

    /// <summary>
    /// From the round's own results (ISO 13528 8.6): the robust SD, held within an optional floor and ceiling so
    /// that an unusually tight or loose round does not distort the scores.
    /// </summary>
    public static double FromParticipants(double robustSd, double? floor = null, double? ceiling = null)
    {
        var s = PtInput.NonNegative(robustSd, nameof(robustSd));
        if (floor is { } f && s < f) s = f;
        if (ceiling is { } c && s > c) s = c;
        return s;
    }

    /// <summary>σ′_pt = √(σ_pt² + s_s²): σ_pt widened for between-item inhomogeneity (ISO B.2.5 a).</summary>
    public static double WidenedForInhomogeneity(double sigmaPt, double betweenSampleSd) =>
        Math.Sqrt(Square(PtInput.NonNegative(sigmaPt, nameof(sigmaPt))) + Square(PtInput.NonNegative(betweenSampleSd, nameof(betweenSampleSd))));

    static double Square(double v) => v * v;
}
