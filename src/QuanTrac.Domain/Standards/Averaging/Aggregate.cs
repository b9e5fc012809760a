namespace QuanTrac.Domain.Standards.Averaging;

/// <summary>
/// The aggregate of the valid values of one period: count, expected count, sum, min and max, so that
/// aggregates of one level combine exactly (<see cref="Combine"/>) instead of averaging averages.
/// </summary>
/// <param name="Start">Start of the period, exclusive.</param>
/// <param name="End">End of the period, inclusive; this is the period's label (hour-ending).</param>
/// <param name="Count">Number of valid values averaged (≥ 0).</param>
/// <param name="ExpectedCount">Number of values the period should hold at the input cadence (&gt; 0).</param>
/// <param name="Sum">Sum of the valid values, in the values' unit.</param>
/// <param name="Min">Smallest valid value, null when <paramref name="Count"/> is 0.</param>
/// <param name="Max">Largest valid value, null when <paramref name="Count"/> is 0.</param>
/// <param name="CoverageThresholdPercent">The completeness rule applied (percent, "at least").</param>
public sealed record Aggregate(
    DateTimeOffset Start,
    DateTimeOffset End,
    int Count,
    int ExpectedCount,
    decimal Sum,
    decimal? Min,
    decimal? Max,
    decimal CoverageThresholdPercent)
{
    /// <summary>
    /// Valid values over expected values, in percent, 0–100. Capped at 100: a station that sends more often
    /// than registered does not make a period "more than complete".
    /// </summary>
    public decimal CoveragePercent =>
        ExpectedCount <= 0 ? 0m : Math.Min(100m, Count * 100m / ExpectedCount);

    /// <summary>True when the coverage reaches the threshold and at least one value exists.</summary>
    public bool Valid => Count > 0 && CoveragePercent >= CoverageThresholdPercent;

    /// <summary>Arithmetic mean of the valid values, or null when the aggregate is not <see cref="Valid"/>.</summary>
    public decimal? Mean => Valid ? Sum / Count : null;

    /// <summary>Arithmetic mean of whatever valid values exist, ignoring the completeness rule (for display as "incomplete").</summary>
    public decimal? MeanIgnoringCoverage => Count > 0 ? Sum / Count : null;

    /// <summary>This aggregate as an input value of the next level: labelled by <see cref="End"/>, valid when <see cref="Valid"/>.</summary>
    public TimedValue ToTimedValue() => new(End, Mean, Valid);

    /// <summary>
    /// Exact union of two aggregates of the same level over adjacent or disjoint periods: counts, expected
    /// counts and sums add, min and max combine. The period becomes the span of both.
    /// </summary>
    public static Aggregate Combine(Aggregate a, Aggregate b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new Aggregate(
            a.Start <= b.Start ? a.Start : b.Start,
            a.End >= b.End ? a.End : b.End,
            a.Count + b.Count,
            a.ExpectedCount + b.ExpectedCount,
            a.Sum + b.Sum,
            MinOf(a.Min, b.Min),
            MaxOf(a.Max, b.Max),
            a.CoverageThresholdPercent);
    }

    static decimal? MinOf(decimal? x, decimal? y) => x is null ? y : y is null ? x : Math.Min(x.Value, y.Value);
    static decimal? MaxOf(decimal? x, decimal? y) => x is null ? y : y is null ? x : Math.Max(x.Value, y.Value);
}
