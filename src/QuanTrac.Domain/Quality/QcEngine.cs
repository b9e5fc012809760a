using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality.Rules;

namespace QuanTrac.Domain.Quality;

/// <summary>
/// Runs the automatic QC rules (quality-control.md §2) over the time-ordered values of one station parameter.
/// Each rule is one pass over a contiguous array of <see cref="QcValue"/>s; nothing is allocated per value
/// except the flags themselves. Thread-safe: one engine serves any number of series in parallel.
/// </summary>
/// <param name="time">Clock of the evaluation time a run records (and the "now" of future timestamps whose arrival is unknown).</param>
public sealed class QcEngine(TimeProvider time)
{
    /// <summary>Evaluates a series of observations; <paramref name="receivedAt"/> gives each one's arrival time, when known.</summary>
    public QcResult Evaluate(QcSeriesRules rules, IReadOnlyList<Observation> observations,
        Func<Observation, DateTimeOffset?>? receivedAt = null, QcSeriesContext? context = null)
    {
        var values = new QcValue[observations.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = QcValue.From(observations[i], receivedAt?.Invoke(observations[i]));
        return Evaluate(rules, values, context);
    }

    /// <summary>Evaluates a series of values, which must be in non-decreasing order of observation time.</summary>
    public QcResult Evaluate(QcSeriesRules rules, ReadOnlySpan<QcValue> values, QcSeriesContext? context = null)
    {
        var evaluatedAt = time.GetUtcNow();
        var flags = new List<QcFlag>();
        Evaluate(rules, values, context, evaluatedAt, flags);
        return new(rules, values.Length, [.. flags], evaluatedAt);
    }

    /// <summary>
    /// The allocation-free form: appends the sorted flags to <paramref name="flags"/> (cleared first), evaluating
    /// as of <paramref name="evaluatedAt"/>. Returns the number of flags.
    /// </summary>
    public static int Evaluate(QcSeriesRules rules, ReadOnlySpan<QcValue> values, QcSeriesContext? context,
        DateTimeOffset evaluatedAt, List<QcFlag> flags)
    {
        flags.Clear();
        for (var i = 1; i < values.Length; i++)
            if (values[i].ObservedAtTicks < values[i - 1].ObservedAtTicks)
                throw new ArgumentException($"Values must be in time order; value {i} is earlier than value {i - 1}.", nameof(values));

        if (rules.IsEnabled(QcRule.DeviceStatus))
            DeviceStatusRule.Run(values, rules, flags);
        if (rules.IsEnabled(QcRule.Range))
            ValueRules.Range(values, rules, flags);
        if (rules.IsEnabled(QcRule.Negative))
            ValueRules.Negative(values, rules, flags);
        if (rules.IsEnabled(QcRule.Zero))
            ValueRules.Zero(values, rules, flags);
        if (rules.IsEnabled(QcRule.Stuck))
            StuckRule.Run(values, rules, flags);
        if (rules.IsEnabled(QcRule.Spike))
            SpikeRule.Run(values, rules, flags);
        if (rules.IsEnabled(QcRule.Time))
            TimeRule.Run(values, rules, evaluatedAt.UtcTicks, flags);
        if (rules.IsEnabled(QcRule.CalibrationWindow))
            CalibrationWindowRule.Run(values, rules, flags);
        if (rules.IsEnabled(QcRule.ReferenceCheck))
            ReferenceCheckRule.Run(values, rules, (context ?? QcSeriesContext.None).FailedReferenceChecks, flags);

        // Every rule appends in index order and a (value, code) pair occurs once, so this order is total.
        flags.Sort(static (a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Code.CompareTo(b.Code));
        return flags.Count;
    }
}
