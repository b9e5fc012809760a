namespace QuanTrac.Domain.Quality.Rules;

/// <summary>
/// <c>range</c>, <c>negative</c> and <c>zero</c>: checks of one value against constants. They look at every numeric
/// value whatever its status, because a status does not make an impossible value possible.
/// </summary>
static class ValueRules
{
    public static void Range(ReadOnlySpan<QcValue> values, QcSeriesRules rules, List<QcFlag> flags)
    {
        var (min, max, severity) = (rules.RangeMin, rules.RangeMax, rules.Settings.Range.Severity);
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i].Value;
            // NaN fails both comparisons: a missing value is never out of range.
            if (v < min)
                flags.Add(new(i, QcFlagCode.BelowRange, severity, v, min));
            else if (v > max)
                flags.Add(new(i, QcFlagCode.AboveRange, severity, v, max));
        }
    }

    public static void Negative(ReadOnlySpan<QcValue> values, QcSeriesRules rules, List<QcFlag> flags)
    {
        var severity = rules.Settings.Negative.Severity;
        for (var i = 0; i < values.Length; i++)
            if (values[i].Value < 0)
                flags.Add(new(i, QcFlagCode.Negative, severity, values[i].Value, 0));
    }

    public static void Zero(ReadOnlySpan<QcValue> values, QcSeriesRules rules, List<QcFlag> flags)
    {
        var severity = rules.Settings.Zero.Severity;
        for (var i = 0; i < values.Length; i++)
            if (values[i].Value == 0)
                flags.Add(new(i, QcFlagCode.Zero, severity, 0, 0));
    }
}
