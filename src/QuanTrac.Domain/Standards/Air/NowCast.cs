namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// The NowCast of PM2.5 / PM10 (Decision 1459 §2.2.1, air-quality-index.md §5.1; the EPA algorithm it copies):
/// a weighted mean of the last 12 hourly means in <c>decimal</c>, always in the normalised form.
/// </summary>
public static class NowCast
{
    /// <summary>Number of hourly means the NowCast looks at.</summary>
    public const int Hours = 12;

    /// <summary>
    /// The NowCast (unrounded, same unit as the inputs) of up to 12 hourly means given most recent first
    /// (<c>c1</c> = the current hour). Null unless at least 2 of c1, c2, c3 are present (LAW). Missing and
    /// negative values weigh 0. w* = Cmin / Cmax over the present values; w = 1/2 when w* ≤ 1/2, else w*;
    /// NowCast = Σ w^(i−1)·c_i / Σ w^(i−1) over the present values; 0 when Cmax is 0.
    /// </summary>
    public static decimal? Compute(ReadOnlySpan<decimal?> recentFirst)
    {
        var n = Math.Min(Hours, recentFirst.Length);
        Span<decimal> c = stackalloc decimal[Hours];
        Span<bool> present = stackalloc bool[Hours];
        for (var i = 0; i < n; i++)
            if (recentFirst[i] is { } x && x >= 0m)
            {
                c[i] = x;
                present[i] = true;
            }
        return Core(c[..n], present[..n]);
    }

    /// <summary>
    /// The NowCast at index <paramref name="current"/> of a chronological series (oldest first): c1 =
    /// series[current], c12 = series[current − 11]; indices before 0 are missing. Allocation-free.
    /// </summary>
    public static decimal? ComputeAt(ReadOnlySpan<decimal?> chronological, int current)
    {
        // The hot path of the hourly AQI: read the series in place, no copies (same arithmetic as Compute).
        var oldest = Math.Max(0, current - (Hours - 1));
        if ((uint)current >= (uint)chronological.Length)
            return null;
        var window = chronological[oldest..(current + 1)];
        var last = window.Length - 1; // c1 = window[last]
        var recent = 0;
        for (var i = 0; i < Math.Min(3, window.Length); i++)
            if (window[last - i] is { } x && x >= 0m)
                recent++;
        if (recent < 2)
            return null;
        decimal min = decimal.MaxValue, max = decimal.MinValue;
        foreach (var v in window)
            if (v is { } x && x >= 0m)
            {
                if (x < min) min = x;
                if (x > max) max = x;
            }
        if (max == 0m)
            return 0m;
        var wStar = min / max;
        var w = wStar <= 0.5m ? 0.5m : wStar;
        decimal weight = 1m, numerator = 0m, denominator = 0m;
        for (var i = last; i >= 0; i--)
        {
            if (window[i] is { } x && x >= 0m)
            {
                numerator += weight * x;
                denominator += weight;
            }
            if (i > 0)
                weight *= w;
        }
        return numerator / denominator;
    }

    static decimal? Core(ReadOnlySpan<decimal> c, ReadOnlySpan<bool> present)
    {
        // LAW: at least 2 of the 3 most recent hours.
        var recent = 0;
        for (var i = 0; i < Math.Min(3, c.Length); i++)
            if (present[i])
                recent++;
        if (recent < 2)
            return null;
        decimal min = decimal.MaxValue, max = decimal.MinValue;
        for (var i = 0; i < c.Length; i++)
            if (present[i])
            {
                if (c[i] < min) min = c[i];
                if (c[i] > max) max = c[i];
            }
        if (max == 0m)
            return 0m;
        var wStar = min / max;
        var w = wStar <= 0.5m ? 0.5m : wStar;
        decimal weight = 1m, numerator = 0m, denominator = 0m;
        for (var i = 0; i < c.Length; i++)
        {
            if (present[i])
            {
                numerator += weight * c[i];
                denominator += weight;
            }
            weight *= w;
        }
        return numerator / denominator;
    }
}
