namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>
/// ISO 13528 Algorithm A (Annex C; Huber's proposal 2 with k = 1.5): robust mean and SD of participant results
/// (proficiency-testing.md §3). Every step winsorises the <em>original</em> values at x* ± K·s* taken from the start of
/// the step, and the new SD uses the new mean.
/// </summary>
public static class AlgorithmA
{
    /// <summary>Runs Algorithm A; throws <see cref="ArgumentException"/> for empty input or NaN/±∞.</summary>
    /// <param name="values">Participant results x_1 … x_p, any order, one unit.</param>
    /// <param name="settings">Constants and stop rule; null = <see cref="AlgorithmASettings.Default"/>.</param>
    public static RobustEstimate Estimate(IEnumerable<double> values, AlgorithmASettings? settings = null)
    {
        settings ??= AlgorithmASettings.Default;
        var x = PtInput.Finite(values, nameof(values));
        // Sorting makes the sums, and so the last bits of the result, independent of the input order.
        Array.Sort(x);
        var p = x.Length;
        var method = settings.HoldScale ? "AlgorithmA/FixedScale" : "AlgorithmA";
        if (p == 1)
            return new(x[0], 0, 1, 0, true, true, method, []);

        var location = RobustStatistics.MedianOfSorted(x);
        var scale = settings.HoldScale && settings.FixedScale is { } fixedScale
            ? PtInput.NonNegative(fixedScale, nameof(settings.FixedScale))
            : settings.MadFactor * RobustStatistics.Median(x.Select(v => Math.Abs(v - location)));
        if (scale == 0)
        {
            // More than half the results identical: ISO 13528:2022 C.3.1 NOTE 2 starts from the ordinary SD.
            scale = RobustStatistics.SampleStandardDeviation(x);
            if (scale == 0)
                return new(location, 0, p, 0, true, true, method, []);
        }

        var trace = new List<RobustIteration>();
        var winsorised = new double[p];
        for (var iteration = 1; iteration <= settings.MaxIterations; iteration++)
        {
            var delta = settings.K * scale;
            var low = location - delta;
            var high = location + delta;
            for (var i = 0; i < p; i++)
                winsorised[i] = Math.Clamp(x[i], low, high);
            var newLocation = winsorised.Sum() / p;
            var newScale = settings.HoldScale
                ? scale
                : settings.SdFactor * Math.Sqrt(winsorised.Sum(w => (w - newLocation) * (w - newLocation)) / (p - 1));
            var converged = Converged(settings, location, scale, newLocation, newScale);
            location = newLocation;
            scale = newScale;
            trace.Add(new(iteration, location, scale));
            if (converged)
                return new(location, scale, p, iteration, true, scale == 0, method, trace);
        }
        return new(location, scale, p, settings.MaxIterations, false, false, method, trace);
    }

    static bool Converged(AlgorithmASettings settings, double x0, double s0, double x1, double s1)
    {
        if (s1 == 0)
            return true; // nothing left to winsorise against
        switch (settings.Convergence)
        {
            case ConvergenceMode.Iso3SigFig:
                var digits = 2 - (int)Math.Floor(Math.Log10(s1));
                return RoundHalfAway(s1, digits) == RoundHalfAway(s0, digits) && RoundHalfAway(x1, digits) == RoundHalfAway(x0, digits);
            case ConvergenceMode.MetRologyCompatible:
                return Math.Abs(s1 - s0) <= AlgorithmASettings.MetRologyTolerance * s1;
            default:
                return Math.Abs(x1 - x0) <= 1e-12 * s1 + 1e-15 * Math.Abs(x1) && Math.Abs(s1 - s0) <= 1e-12 * s1;
        }
    }

    /// <summary>Round half away from zero to <paramref name="digits"/> decimals, also outside Math.Round's 0–15 range.</summary>
    internal static double RoundHalfAway(double value, int digits)
    {
        if (digits is >= 0 and <= 15)
            return Math.Round(value, digits, MidpointRounding.AwayFromZero);
        var scale = Math.Pow(10, digits);
        return Math.Round(value * scale, MidpointRounding.AwayFromZero) / scale;
    }

    /// <summary>Standard uncertainty of a consensus assigned value, u(x_pt) = factor · s*/√p (spec §6.1; factor default 1.25).</summary>
    /// <param name="robustSd">s* (Algorithm A, Q method, nIQR or MADe), ≥ 0, unit of the data.</param>
    /// <param name="p">Number of results used, ≥ 1.</param>
    /// <param name="factor">Ratio of the SD of the median to that of the mean, default 1.25.</param>
    public static double ConsensusUncertainty(double robustSd, int p, double factor = 1.25)
    {
        PtInput.NonNegative(robustSd, nameof(robustSd));
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        return factor * robustSd / Math.Sqrt(p);
    }
}
