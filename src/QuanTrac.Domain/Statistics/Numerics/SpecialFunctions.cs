namespace QuanTrac.Domain.Statistics.Numerics;

/// <summary>
/// Log-gamma and the regularised incomplete gamma and beta functions, written here rather than taken from a
/// package so that the χ² and F quantiles of the homogeneity check rest on code the tests pin down
/// (proficiency-testing.md §11). Relative accuracy is about 1e-14 over the ranges PT needs (degrees of freedom ≤ 1000).
/// </summary>
public static class SpecialFunctions
{
    // Lanczos approximation, g = 7, n = 9 (the widely published coefficient set; ~1e-15 relative).
    static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (!(x > 0))
            throw new ArgumentOutOfRangeException(nameof(x), x, "LogGamma needs x > 0.");
        if (x < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x); // reflection keeps accuracy near 0
        x -= 1;
        var a = Lanczos[0];
        var t = x + 7.5;
        for (var i = 1; i < 9; i++)
            a += Lanczos[i] / (x + i);
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(a);
    }

    /// <summary>Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a), for a &gt; 0 and x ≥ 0; range 0–1.</summary>
    public static double GammaP(double a, double x)
    {
        if (!(a > 0) || !(x >= 0) || double.IsNaN(x))
            throw new ArgumentOutOfRangeException(nameof(x), "GammaP needs a > 0 and x ≥ 0.");
        if (x == 0)
            return 0;
        if (double.IsPositiveInfinity(x))
            return 1;
        // Series where it converges fast, continued fraction for the complement elsewhere (Numerical Recipes split).
        return x < a + 1 ? GammaSeries(a, x) : 1 - GammaContinuedFraction(a, x);
    }

    /// <summary>Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), computed directly to keep tail accuracy.</summary>
    public static double GammaQ(double a, double x)
    {
        if (!(a > 0) || !(x >= 0) || double.IsNaN(x))
            throw new ArgumentOutOfRangeException(nameof(x), "GammaQ needs a > 0 and x ≥ 0.");
        if (x == 0)
            return 1;
        if (double.IsPositiveInfinity(x))
            return 0;
        return x < a + 1 ? 1 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    static double GammaSeries(double a, double x)
    {
        var ap = a;
        var sum = 1 / a;
        var del = sum;
        for (var n = 0; n < 10_000; n++)
        {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.Abs(del) < Math.Abs(sum) * 1e-17)
                break;
        }
        return sum * Math.Exp(-x + a * Math.Log(x) - LogGamma(a));
    }

    // Modified Lentz evaluation of the continued fraction for Q(a, x).
    static double GammaContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-16)
                break;
        }
        return Math.Exp(-x + a * Math.Log(x) - LogGamma(a)) * h;
    }

    /// <summary>Regularised incomplete beta I_x(a, b), for a, b &gt; 0 and 0 ≤ x ≤ 1; range 0–1.</summary>
    public static double BetaRegularized(double a, double b, double x)
    {
        if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1))
            throw new ArgumentOutOfRangeException(nameof(x), "BetaRegularized needs a, b > 0 and 0 ≤ x ≤ 1.");
        if (x == 0)
            return 0;
        if (x == 1)
            return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        // The continued fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) above it.
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - front * BetaContinuedFraction(b, a, 1 - x) / b;
    }

    // Modified Lentz evaluation of the continued fraction of the incomplete beta function.
    static double BetaContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - qab * x / qap;
        if (Math.Abs(d) < tiny) d = tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m < 10_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var del = d * c;
            h *= del;
            if (Math.Abs(del - 1) < 1e-16)
                break;
        }
        return h;
    }
}
