using QuanTrac.Domain.Observations;

namespace QuanTrac.Domain.Quality.Rules;

/// <summary>
/// <c>spike</c>: |x − median of the previous W valid values| &gt; K·s and |x − next valid value| &gt; K·s, with s the
/// MAD-based scale floored at a share of the median and at the resolution. Valid = status 00 with a value; a
/// spike does not enter the window, so one spike cannot hide the next.
/// </summary>
static class SpikeRule
{
    // 1.4826 × MAD estimates the standard deviation of normally distributed values.
    const double MadToSigma = 1.4826;

    public static void Run(ReadOnlySpan<QcValue> values, QcSeriesRules rules, List<QcFlag> flags)
    {
        var s = rules.Settings.Spike;
        var w = s.Window;
        var (k, fraction, severity) = (s.K, s.MinScaleFraction, s.Severity);
        var resolution = s.Resolution is { } r ? (double)r : Resolution(values);

        // Window buffers live on the stack for usual sizes: nothing is allocated per value or per series.
        Span<double> ring = w <= 64 ? stackalloc double[w] : new double[w];
        Span<double> sorted = w <= 64 ? stackalloc double[w] : new double[w];
        Span<double> deviations = w <= 64 ? stackalloc double[w] : new double[w];
        var count = 0;
        var head = 0; // next slot of the ring to overwrite once full
        var next = 0; // index of the next valid value after i

        for (var i = 0; i < values.Length; i++)
        {
            var xv = values[i];
            if (xv.Status != DeviceStatus.Measuring || !xv.HasValue)
                continue;
            var x = xv.Value;
            if (count == w)
            {
                var median = Median(sorted);
                var deviation = Math.Abs(x - median);
                var floor = Math.Max(fraction * Math.Abs(median), resolution);
                // The MAD costs a sort; most values are already within K × the floor and never need it.
                if (deviation > k * floor)
                {
                    for (var j = 0; j < w; j++)
                        deviations[j] = Math.Abs(sorted[j] - median);
                    deviations.Sort();
                    var scale = Math.Max(MadToSigma * Median(deviations), floor);
                    if (deviation > k * scale)
                    {
                        if (next <= i)
                            next = i + 1;
                        while (next < values.Length && (values[next].Status != DeviceStatus.Measuring || !values[next].HasValue))
                            next++;
                        if (next == values.Length || Math.Abs(x - values[next].Value) > k * scale)
                        {
                            flags.Add(new(i, QcFlagCode.Spike, severity, x, median));
                            continue;
                        }
                    }
                }
                Remove(sorted, ring[head]);
                ring[head] = x;
                head = head + 1 == w ? 0 : head + 1;
                Insert(sorted, w - 1, x);
            }
            else
            {
                ring[count] = x;
                Insert(sorted, count, x);
                count++;
            }
        }
    }

    /// <summary>One unit of the finest decimal the series is written with (1 for integers).</summary>
    static double Resolution(ReadOnlySpan<QcValue> values)
    {
        byte decimals = 0;
        foreach (ref readonly var v in values)
            if (v.Decimals > decimals)
                decimals = v.Decimals;
        return Math.Pow(10, -decimals);
    }

    static double Median(ReadOnlySpan<double> sorted)
    {
        var n = sorted.Length;
        return (n & 1) == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>Removes one occurrence of <paramref name="value"/> from the full sorted window (leaves the last slot free).</summary>
    static void Remove(Span<double> sorted, double value)
    {
        var at = sorted.BinarySearch(value);
        sorted[(at + 1)..].CopyTo(sorted[at..]);
    }

    /// <summary>Inserts into the first <paramref name="count"/> sorted slots (slot <paramref name="count"/> is free).</summary>
    static void Insert(Span<double> sorted, int count, double value)
    {
        var at = sorted[..count].BinarySearch(value);
        if (at < 0)
            at = ~at;
        sorted[at..count].CopyTo(sorted[(at + 1)..]);
        sorted[at] = value;
    }
}
