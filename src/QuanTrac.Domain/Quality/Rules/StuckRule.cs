using QuanTrac.Domain.Observations;

namespace QuanTrac.Domain.Quality.Rules;

/// <summary><c>stuck</c>: runs of identical status-00 values; other values are skipped (they neither extend nor break a run).</summary>
static class StuckRule
{
    public static void Run(ReadOnlySpan<QcValue> values, QcSeriesRules rules, List<QcFlag> flags)
    {
        var s = rules.Settings.Stuck;
        var (n, whole, severity) = (s.RunLength, s.FlagWholeRun, s.Severity);
        var runStart = -1;
        var runLength = 0;
        var last = double.NaN;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            if (x.Status != DeviceStatus.Measuring || !x.HasValue)
                continue;
            if (runLength > 0 && x.Value == last)
                runLength++;
            else
            {
                (runStart, runLength, last) = (i, 1, x.Value);
                continue;
            }
            if (runLength < n)
                continue;
            if (runLength == n && whole)
            {
                // The run just reached N: flag its earlier members too (those skipped in between are not part of it).
                for (var j = runStart; j < i; j++)
                    if (values[j].Status == DeviceStatus.Measuring && values[j].Value == last)
                        flags.Add(new(j, QcFlagCode.Stuck, severity, last, n));
            }
            flags.Add(new(i, QcFlagCode.Stuck, severity, last, runLength));
        }
    }
}
