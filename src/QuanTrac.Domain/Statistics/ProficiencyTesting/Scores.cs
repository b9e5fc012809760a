namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>
/// Performance statistics of ISO 13528 clause 9 (proficiency-testing.md §8): signed, unrounded, in full precision.
/// A score that cannot be computed (no uncertainty, zero denominator) is NaN; <see cref="Classify(ScoreKind, double, ScoreSettings?)"/>
/// then gives null.
/// </summary>
public static class Scores
{
    /// <summary>D = x − x_pt, unit of the data.</summary>
    public static double D(double x, double assigned) => Finite(x, nameof(x)) - Finite(assigned, nameof(assigned));

    /// <summary>D% = 100(x − x_pt)/x_pt; NaN when x_pt = 0 (not defined).</summary>
    public static double DPercent(double x, double assigned) => assigned == 0 ? double.NaN : 100 * D(x, assigned) / assigned;

    /// <summary>PA = 100·D/δ_E, the percentage of the allowed deviation δ_E (&gt; 0).</summary>
    public static double PA(double x, double assigned, double allowedDeviation) =>
        100 * D(x, assigned) / PtInput.Positive(allowedDeviation, nameof(allowedDeviation));

    /// <summary>z = (x − x_pt)/σ_pt; σ_pt &gt; 0.</summary>
    public static double Z(double x, double assigned, double sigmaPt) => D(x, assigned) / PtInput.Positive(sigmaPt, nameof(sigmaPt));

    /// <summary>z′ = (x − x_pt)/√(σ_pt² + u²(x_pt)); u(x_pt) is the standard uncertainty of the assigned value.</summary>
    public static double ZPrime(double x, double assigned, double sigmaPt, double uAssigned) =>
        D(x, assigned) / Hypot(PtInput.Positive(sigmaPt, nameof(sigmaPt)), PtInput.NonNegative(uAssigned, nameof(uAssigned)));

    /// <summary>
    /// ζ = (x − x_pt)/√(u²(x) + u²(x_pt)) with <em>standard</em> uncertainties (u(x) = U/k with the participant's own k).
    /// One uncertainty may be 0; both 0 → NaN.
    /// </summary>
    public static double Zeta(double x, double assigned, double u, double uAssigned) =>
        Ratio(D(x, assigned), Hypot(PtInput.NonNegative(u, nameof(u)), PtInput.NonNegative(uAssigned, nameof(uAssigned))));

    /// <summary>E_n = (x − x_pt)/√(U²(x) + U²(x_pt)) with <em>expanded</em> uncertainties as reported (never re-expanded). Both 0 → NaN.</summary>
    public static double En(double x, double assigned, double expandedU, double expandedUAssigned) =>
        Ratio(D(x, assigned), Hypot(PtInput.NonNegative(expandedU, nameof(expandedU)), PtInput.NonNegative(expandedUAssigned, nameof(expandedUAssigned))));

    /// <summary>√(a² + b²); the combined u, δ_E′ and σ′_pt all have this form.</summary>
    public static double Hypot(double a, double b) => Math.Sqrt(a * a + b * b);

    /// <summary>
    /// True when u(x_pt) is negligible: u(x_pt) &lt; ratio·σ_pt, strict (ISO 13528 9.2.1), after the boundary guard.
    /// Then z is the score to report; otherwise z′. The same test with δ_E uses ratio 0.1 and δ_E for σ_pt.
    /// </summary>
    public static bool IsAssignedUncertaintyNegligible(double uAssigned, double sigmaPt, ScoreSettings? settings = null)
    {
        settings ??= ScoreSettings.Default;
        var limit = settings.NegligibleRatio * PtInput.Positive(sigmaPt, nameof(sigmaPt));
        return Guard(PtInput.NonNegative(uAssigned, nameof(uAssigned)), settings) < Guard(limit, settings);
    }

    /// <summary>
    /// Class of a score: z, z′, ζ against the warning/action limits; E_n against its limit and boundary setting; D
    /// and PA are classified by <see cref="ClassifyDifference"/>. Null for NaN (score not computable).
    /// </summary>
    public static ScoreClass? Classify(ScoreKind kind, double score, ScoreSettings? settings = null)
    {
        settings ??= ScoreSettings.Default;
        if (double.IsNaN(score))
            return null;
        if (settings.ReportDecimals is { } decimals)
            score = Math.Round(score, decimals, MidpointRounding.AwayFromZero);
        var a = Guard(Math.Abs(score), settings);
        switch (kind)
        {
            case ScoreKind.Z or ScoreKind.ZPrime or ScoreKind.Zeta:
                // Satisfactory first, so that the two-band rule (action limit = warning limit) keeps |z| = 2 acceptable.
                if (a <= Guard(settings.WarningLimit, settings)) return ScoreClass.Satisfactory;
                return a >= Guard(settings.ActionLimit, settings) ? ScoreClass.Unsatisfactory : ScoreClass.Questionable;
            case ScoreKind.En:
                var limit = Guard(settings.EnLimit, settings);
                var ok = settings.EnSatisfactoryInclusive ? a <= limit : a < limit;
                return ok ? ScoreClass.Satisfactory : ScoreClass.Unsatisfactory;
            case ScoreKind.PA:
                return a < 100 ? ScoreClass.Satisfactory : ScoreClass.Unsatisfactory;
            default:
                throw new ArgumentException("D and D% need δ_E: use ClassifyDifference.", nameof(kind));
        }
    }

    /// <summary>D against δ_E: acceptable when −δ_E &lt; D &lt; δ_E (strict, ISO 13528 9.3.2), after the boundary guard.</summary>
    public static ScoreClass ClassifyDifference(double d, double allowedDeviation, ScoreSettings? settings = null)
    {
        settings ??= ScoreSettings.Default;
        return Guard(Math.Abs(Finite(d, nameof(d))), settings) < Guard(PtInput.Positive(allowedDeviation, nameof(allowedDeviation)), settings)
            ? ScoreClass.Satisfactory
            : ScoreClass.Unsatisfactory;
    }

    /// <summary>The boundary guard of §8.7: round to <see cref="ScoreSettings.GuardDecimals"/> before comparing.</summary>
    public static double Guard(double value, ScoreSettings? settings = null) =>
        AlgorithmA.RoundHalfAway(value, (settings ?? ScoreSettings.Default).GuardDecimals);

    static double Ratio(double numerator, double denominator) => denominator == 0 ? double.NaN : numerator / denominator;

    static double Finite(double v, string name) => PtInput.Finite(v, name);
}
