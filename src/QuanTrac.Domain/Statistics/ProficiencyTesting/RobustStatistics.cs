namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>
/// Simple (robust) estimators of ISO 13528 Annex C (proficiency-testing.md §1–2). All take the values in any
/// order (order statistics sort a copy), reject empty input and NaN/±∞, and never round.
/// </summary>
public static class RobustStatistics
{
    /// <summary>ISO's rounded normal-consistency factor of the MAD, 1/Φ⁻¹(0.75) ≈ 1.482602 → 1.483.</summary>
    public const double MadeFactor = 1.483;

    /// <summary>The factor of R's <c>mad()</c>, for compatibility mode only.</summary>
    public const double RMadFactor = 1.4826;

    /// <summary>ISO's rounded normal-consistency factor of the interquartile range, 1/1.34898 → 0.7413.</summary>
    public const double NiqrFactor = 0.7413;

    /// <summary>Arithmetic mean.</summary>
    public static double Mean(IEnumerable<double> values) => PtInput.Finite(values, nameof(values)).Average();

    /// <summary>Median: the middle value for odd n, the mean of the two middle values for even n.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = PtInput.Finite(values, nameof(values));
        Array.Sort(sorted);
        return MedianOfSorted(sorted);
    }

    internal static double MedianOfSorted(double[] sorted)
    {
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>Sample standard deviation (divides by n − 1); 0 for a single value.</summary>
    public static double SampleStandardDeviation(IEnumerable<double> values)
    {
        var x = PtInput.Finite(values, nameof(values));
        if (x.Length == 1)
            return 0;
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    /// <summary>MADe = factor · med(|x_i − med(x)|), in the unit of x; factor default 1.483 (ISO).</summary>
    public static double MadE(IEnumerable<double> values, double factor = MadeFactor)
    {
        var x = PtInput.Finite(values, nameof(values));
        var median = Median(x);
        return factor * Median(x.Select(v => Math.Abs(v - median)));
    }

    /// <summary>
    /// Quantile by linear interpolation between order statistics (R type 7, Excel QUARTILE.INC), the method the
    /// spec fixes because it reproduces the standard's worked examples: h = (n − 1)·P,
    /// Q = y_⌊h⌋ + (h − ⌊h⌋)(y_⌊h⌋+1 − y_⌊h⌋).
    /// </summary>
    /// <param name="values">The data, any order.</param>
    /// <param name="probability">P, 0–1.</param>
    public static double Quantile(IEnumerable<double> values, double probability)
    {
        if (!(probability >= 0 && probability <= 1))
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "The probability must lie within 0–1.");
        var y = PtInput.Finite(values, nameof(values));
        Array.Sort(y);
        var h = (y.Length - 1) * probability;
        var low = (int)Math.Floor(h);
        if (low >= y.Length - 1)
            return y[^1];
        return y[low] + (h - low) * (y[low + 1] - y[low]);
    }

    /// <summary>nIQR = factor · (Q3 − Q1) with type-7 quartiles; factor default 0.7413 (ISO).</summary>
    public static double NIqr(IEnumerable<double> values, double factor = NiqrFactor)
    {
        var x = PtInput.Finite(values, nameof(values));
        return factor * (Quantile(x, 0.75) - Quantile(x, 0.25));
    }
}
