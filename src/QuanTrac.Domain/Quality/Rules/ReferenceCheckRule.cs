namespace QuanTrac.Domain.Quality.Rules;

/// <summary><c>reference-check</c>: values observed in a failed-check period.</summary>
static class ReferenceCheckRule
{
    public static void Run(ReadOnlySpan<QcValue> values, QcSeriesRules rules, IReadOnlyList<QcPeriod> periods, List<QcFlag> flags)
    {
        if (periods.Count == 0 || values.Length == 0)
            return;
        var severity = rules.Settings.ReferenceCheck.Severity;
        // Merged and sorted, so every value is flagged at most once and in index order.
        var spans = new List<(long From, long To)>(periods.Count);
        foreach (var p in periods)
            spans.Add((p.From.UtcTicks, p.To?.UtcTicks ?? long.MaxValue));
        spans.Sort();
        var i = 0;
        var k = 0;
        while (k < spans.Count)
        {
            var (from, to) = spans[k++];
            while (k < spans.Count && spans[k].From <= to)
                to = Math.Max(to, spans[k++].To);
            while (i < values.Length && values[i].ObservedAtTicks < from)
                i++;
            for (; i < values.Length && values[i].ObservedAtTicks < to; i++)
                flags.Add(new(i, QcFlagCode.ReferenceCheckFailed, severity, values[i].Value, 0));
        }
    }
}
