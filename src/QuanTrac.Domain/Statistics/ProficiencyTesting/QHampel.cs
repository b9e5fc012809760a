using QuanTrac.Domain.Statistics.Numerics;

namespace QuanTrac.Domain.Statistics.ProficiencyTesting;

/// <summary>
/// The Q method (robust between-participant SD) and the Hampel M-estimator of location (ISO 13528 Annex C,
/// proficiency-testing.md §5). Together "Q/Hampel": a higher breakdown point than Algorithm A.
/// </summary>
public static class QHampel
{
    /// <summary>Q-method robust SD for one result per participant (n_i = 1).</summary>
    public static double QMethod(IEnumerable<double> results) =>
        QMethod(PtInput.Finite(results, nameof(results)).Select(v => (IReadOnlyList<double>)[v]).ToArray());

    /// <summary>
    /// Q-method robust SD s*, unit of the data. Each pair of participants carries weight 1/(n_i·n_j) over its
    /// replicate differences; exact zero differences form H1(0). Throws for fewer than 2 participants.
    /// </summary>
    /// <param name="participants">For each participant its n_i ≥ 1 replicate results.</param>
    public static double QMethod(IReadOnlyList<IReadOnlyList<double>> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var p = participants.Count;
        if (p < 2)
            throw new ArgumentException("The Q method needs at least 2 participants.", nameof(participants));
        var maxAbs = 0.0;
        foreach (var y in participants)
        {
            PtInput.Finite(y, nameof(participants));
            maxAbs = Math.Max(maxAbs, y.Max(Math.Abs));
        }
        var differences = new List<(double Difference, double Weight)>();
        for (var i = 0; i < p; i++)
            for (var j = i + 1; j < p; j++)
            {
                var weight = 1.0 / (participants[i].Count * participants[j].Count);
                foreach (var a in participants[i])
                    foreach (var b in participants[j])
                        differences.Add((Math.Abs(a - b), weight));
            }
        differences.Sort((l, r) => l.Difference.CompareTo(r.Difference));

        // Differences of decimal data stored as double (12.3 − 12.2 vs 5.1 − 5.0) may differ in the last bits and
        // would split one discontinuity into two: merge values within a few ulps of the data magnitude.
        var tieTolerance = 16 * (Math.BitIncrement(maxAbs) - maxAbs);
        var points = new List<(double X, double Cumulative)>(); // distinct differences and the weight up to them
        var cumulative = 0.0;
        var zeroWeight = 0.0;
        foreach (var (d, w) in differences)
        {
            cumulative += w;
            var value = d <= tieTolerance ? 0 : d;
            if (points.Count > 0 && value - points[^1].X <= tieTolerance)
                points[^1] = (points[^1].X, cumulative);
            else
                points.Add((value, cumulative));
            if (value == 0)
                zeroWeight = cumulative;
        }
        var total = cumulative;
        var h0 = zeroWeight / total;

        // Work in units of cumulative weight so that equal-weight data compare exactly (3/12 is 0.25, not 0.2499…).
        // G1 scaled by 2·total: G(x_l) = C(x_l) + C(x_(l−1)), G(x_1) = C(x_1) for x_1 > 0, G = 0 at x_1 = 0.
        var target = 0.5 * total + 1.5 * zeroWeight; // 2·total·(0.25 + 0.75·H1(0))
        var previousX = 0.0;
        var previousG = 0.0;
        var previousC = 0.0;
        double inverse = points[^1].X;
        foreach (var (xl, c) in points)
        {
            var g = xl == 0 ? 0 : c + previousC;
            previousC = c;
            if (g >= target && xl > 0)
            {
                inverse = g == previousG ? xl : previousX + (target - previousG) * (xl - previousX) / (g - previousG);
                break;
            }
            previousX = xl;
            previousG = g;
        }
        return inverse / (Math.Sqrt(2) * Distributions.NormalQuantile(0.625 + 0.375 * h0));
    }

    /// <summary>Hampel's redescending ψ with a = 1.5, b = 3, c = 4.5 (argument in units of s*).</summary>
    public static double Psi(double q) => Math.Abs(q) switch
    {
        <= 1.5 => q,
        <= 3 => 1.5 * Math.Sign(q),
        <= 4.5 => (4.5 - Math.Abs(q)) * Math.Sign(q),
        _ => 0,
    };

    /// <summary>
    /// Hampel M-estimate of location with known scale (finite-step algorithm, §5.2): the root of Σψ((y_i − x)/s) = 0
    /// nearest to the median, trivial roots (every ψ term 0) excluded. s = 0 or no root → the median.
    /// </summary>
    /// <param name="values">Participant means y_i.</param>
    /// <param name="scale">The robust SD s* (normally from <see cref="QMethod(IEnumerable{double})"/>), ≥ 0.</param>
    public static double Hampel(IEnumerable<double> values, double scale)
    {
        var y = PtInput.Finite(values, nameof(values));
        Array.Sort(y);
        PtInput.NonNegative(scale, nameof(scale));
        var median = RobustStatistics.MedianOfSorted(y);
        if (scale == 0)
            return median;
        var zeroTolerance = 1e-12 * y.Length;
        double Sum(double x) => y.Sum(v => Psi((v - x) / scale));
        bool Trivial(double x) => y.All(v => Math.Abs(v - x) / scale >= 4.5);

        var nodes = y.SelectMany(v => new[] { -4.5, -3, -1.5, 1.5, 3, 4.5 }.Select(f => v + f * scale)).Order().ToArray();
        var sums = nodes.Select(Sum).ToArray();
        var solutions = new List<double>();
        for (var m = 0; m < nodes.Length; m++)
        {
            if (Math.Abs(sums[m]) <= zeroTolerance)
                solutions.Add(nodes[m]);
            else if (m + 1 < nodes.Length && Math.Abs(sums[m + 1]) > zeroTolerance && sums[m] * sums[m + 1] < 0)
                solutions.Add(nodes[m] - sums[m] * (nodes[m + 1] - nodes[m]) / (sums[m + 1] - sums[m]));
        }
        var useful = solutions.Where(s => !Trivial(s)).ToArray();
        if (useful.Length == 0)
            return median;
        var best = useful.MinBy(s => Math.Abs(s - median));
        var nearest = Math.Abs(best - median);
        // Two different roots equally near: no reason to prefer one, take the median (spec §5.2; verify).
        return useful.Any(s => Math.Abs(Math.Abs(s - median) - nearest) <= 1e-12 * scale && Math.Abs(s - best) > 1e-12 * scale)
            ? median
            : best;
    }

    /// <summary>Q/Hampel: s* by the Q method, x* by Hampel with that s* (one result per participant).</summary>
    public static RobustEstimate Estimate(IEnumerable<double> values)
    {
        var y = PtInput.Finite(values, nameof(values));
        if (y.Length == 1)
            return new(y[0], 0, 1, 0, true, true, "QHampel", []);
        var s = QMethod(y);
        return new(Hampel(y, s), s, y.Length, 0, true, s == 0, "QHampel", []);
    }
}
