namespace QuanTrac.Domain.Statistics.Numerics;

/// <summary>
/// Distribution and quantile functions of the standard normal, χ² and F distributions. Quantiles are found by
/// bisection on the distribution function: slow compared with closed-form approximations, but monotone and
/// reliable for every degree of freedom PT needs (MathNet's inverse F is documented as unreliable, spec §11).
/// </summary>
public static class Distributions
{
    /// <summary>Standard normal distribution function Φ(x), through Φ(x) = ½(1 + sign(x)·P(½, x²/2)).</summary>
    public static double NormalCdf(double x)
    {
        if (double.IsNaN(x))
            throw new ArgumentOutOfRangeException(nameof(x), "x is NaN.");
        var half = 0.5 * SpecialFunctions.GammaP(0.5, x * x / 2);
        return x >= 0 ? 0.5 + half : 0.5 - half;
    }

    /// <summary>
    /// Standard normal quantile Φ⁻¹(p) for 0 &lt; p &lt; 1, from the χ² quantile with one degree of freedom:
    /// Φ⁻¹(p) = sign(p − ½)·√χ²_{|2p−1|}(1). Exact symmetry around ½ follows from that construction.
    /// </summary>
    public static double NormalQuantile(double p)
    {
        if (!(p > 0 && p < 1))
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must lie strictly between 0 and 1.");
        if (p == 0.5)
            return 0;
        var q = Math.Sqrt(ChiSquaredQuantile(1, Math.Abs(2 * p - 1)));
        return p > 0.5 ? q : -q;
    }

    /// <summary>χ² distribution function with <paramref name="nu"/> (&gt; 0) degrees of freedom at x ≥ 0.</summary>
    public static double ChiSquaredCdf(double nu, double x) => SpecialFunctions.GammaP(nu / 2, x / 2);

    /// <summary>The <paramref name="p"/>-quantile (0 &lt; p &lt; 1) of the χ² distribution with <paramref name="nu"/> (&gt; 0) degrees of freedom.</summary>
    public static double ChiSquaredQuantile(double nu, double p)
    {
        if (!(nu > 0) || double.IsInfinity(nu))
            throw new ArgumentOutOfRangeException(nameof(nu), nu, "Degrees of freedom must be positive and finite.");
        if (!(p > 0 && p < 1))
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must lie strictly between 0 and 1.");
        return Invert(x => ChiSquaredCdf(nu, x), p, Math.Max(nu, 1));
    }

    /// <summary>F distribution function with <paramref name="d1"/>, <paramref name="d2"/> (&gt; 0) degrees of freedom at x ≥ 0.</summary>
    public static double FCdf(double d1, double d2, double x)
    {
        if (x <= 0)
            return 0;
        if (double.IsPositiveInfinity(x))
            return 1;
        // Compute from whichever of z and 1 − z is small, so a large x keeps its precision.
        var denominator = d1 * x + d2;
        var z = d1 * x / denominator;
        return z <= 0.5
            ? SpecialFunctions.BetaRegularized(d1 / 2, d2 / 2, z)
            : 1 - SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / denominator);
    }

    /// <summary>The <paramref name="p"/>-quantile (0 &lt; p &lt; 1) of the F distribution with <paramref name="d1"/>, <paramref name="d2"/> (&gt; 0) degrees of freedom.</summary>
    public static double FQuantile(double d1, double d2, double p)
    {
        if (!(d1 > 0) || !(d2 > 0) || double.IsInfinity(d1) || double.IsInfinity(d2))
            throw new ArgumentOutOfRangeException(nameof(d1), "Degrees of freedom must be positive and finite.");
        if (!(p > 0 && p < 1))
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must lie strictly between 0 and 1.");
        return Invert(x => FCdf(d1, d2, x), p, 1);
    }

    // Bisection for the x ≥ 0 where the increasing cdf reaches p: bracket by doubling, then halve until the
    // bracket is a few ulps wide. About 60–1100 evaluations; fast enough for a handful of quantiles per check.
    static double Invert(Func<double, double> cdf, double p, double start)
    {
        var lo = 0.0;
        var hi = start;
        while (cdf(hi) < p)
        {
            lo = hi;
            hi *= 2;
            if (double.IsInfinity(hi))
                throw new ArithmeticException("Quantile bracket overflow.");
        }
        for (var i = 0; i < 2000; i++)
        {
            var mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi)
                break;
            if (cdf(mid) < p) lo = mid; else hi = mid;
        }
        return lo + (hi - lo) / 2;
    }
}
