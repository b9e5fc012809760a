using QuanTrac.Domain.Statistics.Numerics;

namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>
/// Homogeneity and stability checks of ISO 13528 Annex B (proficiency-testing.md §9–10). The expanded criterion's
/// factors are computed from the χ² and F quantiles for the actual g and m, never taken from one row of Table B.1.
/// </summary>
public static class Homogeneity
{
    /// <summary>
    /// One-way ANOVA estimates and both criteria for g ≥ 2 items with m ≥ 2 replicates each (balanced design;
    /// unequal m is refused). ISO asks for g ≥ 10; fewer items are computed, the caller decides whether to accept them.
    /// </summary>
    /// <param name="items">Per item its m replicate results x_t,k.</param>
    /// <param name="sigmaPt">σ_pt (&gt; 0), unit of the data.</param>
    /// <param name="factor">Fraction of σ_pt allowed for s_s, default 0.3 (use 0.1 with δ_E in place of σ_pt).</param>
    /// <param name="settings">For the boundary guard; null = defaults.</param>
    public static HomogeneityResult Check(IReadOnlyList<IReadOnlyList<double>> items, double sigmaPt, double factor = 0.3, ScoreSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        PtInput.Positive(sigmaPt, nameof(sigmaPt));
        var g = items.Count;
        if (g < 2)
            throw new ArgumentException("A homogeneity check needs at least 2 items.", nameof(items));
        var m = items[0].Count;
        if (m < 2)
            throw new ArgumentException("A homogeneity check needs at least 2 replicates per item.", nameof(items));
        foreach (var item in items)
        {
            if (item.Count != m)
                throw new ArgumentException("Every item needs the same number of replicates (balanced design).", nameof(items));
            PtInput.Finite(item, nameof(items));
        }

        var itemMeans = items.Select(i => i.Sum() / m).ToArray();
        var mean = itemMeans.Sum() / g;
        var sx2 = itemMeans.Sum(t => (t - mean) * (t - mean)) / (g - 1);
        var sw2 = items.Select((item, t) => item.Sum(v => (v - itemMeans[t]) * (v - itemMeans[t])) / (m - 1)).Sum() / g;
        var ss2 = sx2 - sw2 / m;
        var truncated = ss2 < 0;
        var ss = truncated ? 0 : Math.Sqrt(ss2);
        var sw = Math.Sqrt(sw2);

        var criterion = factor * sigmaPt;
        var dfBetween = g - 1;
        var dfWithin = g * (m - 1);
        var f1 = Distributions.ChiSquaredQuantile(dfBetween, 0.95) / dfBetween;
        var fCritical = Distributions.FQuantile(dfBetween, dfWithin, 0.95);
        var f2 = (fCritical - 1) / m;
        var expanded = Math.Sqrt(f1 * criterion * criterion + f2 * sw2);
        return new(g, m, mean, Math.Sqrt(sx2), sw, ss, truncated,
            criterion, Scores.Guard(ss, settings) <= Scores.Guard(criterion, settings),
            f1, f2, expanded, Scores.Guard(ss, settings) <= Scores.Guard(expanded, settings),
            sw2 == 0 ? double.NaN : m * sx2 / sw2, fCritical);
    }

    /// <summary>
    /// Stability (or transport) check: |ȳ_1 − ȳ_2| ≤ factor·σ_pt, and when both standard uncertainties of the means are
    /// given the expanded criterion factor·σ_pt + 2√(u²(ȳ_1) + u²(ȳ_2)).
    /// </summary>
    public static StabilityResult Stability(double mean1, double mean2, double sigmaPt, double? uMean1 = null, double? uMean2 = null,
        double factor = 0.3, ScoreSettings? settings = null)
    {
        PtInput.Finite(mean1, nameof(mean1));
        PtInput.Finite(mean2, nameof(mean2));
        PtInput.Positive(sigmaPt, nameof(sigmaPt));
        var difference = Math.Abs(mean1 - mean2);
        var criterion = factor * sigmaPt;
        var passed = Scores.Guard(difference, settings) <= Scores.Guard(criterion, settings);
        if (uMean1 is not { } u1 || uMean2 is not { } u2)
            return new(mean1, mean2, difference, criterion, passed, double.NaN, null);
        var expanded = criterion + 2 * Scores.Hypot(PtInput.NonNegative(u1, nameof(uMean1)), PtInput.NonNegative(u2, nameof(uMean2)));
        return new(mean1, mean2, difference, criterion, passed, expanded, Scores.Guard(difference, settings) <= Scores.Guard(expanded, settings));
    }
}
