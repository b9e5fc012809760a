namespace QuanTrac.Domain.Standards.VnWqi;

/// <summary>One table point: a breakpoint value and its sub-index.</summary>
/// <param name="Value">Breakpoint BP_i in the unit of the parameter.</param>
/// <param name="Q">Sub-index q_i at the breakpoint, 0–100.</param>
public readonly record struct CurvePoint(decimal Value, decimal Q);

/// <summary>
/// A VN_WQI sub-index table as data (water-quality-index.md §2): points with ascending values, linear
/// interpolation between neighbours (Formulas 1 and 2 are the same straight line), a constant below the first
/// point and a constant above the last. Whether each end point itself belongs to the constant is explicit,
/// because the decision writes both <c>&lt;</c> and <c>≤</c>.
/// </summary>
/// <param name="Points">Breakpoints, strictly ascending by value; at least one.</param>
/// <param name="Below">Sub-index for values below the first point.</param>
/// <param name="BelowIncludesFirst">True when a value equal to the first point takes <paramref name="Below"/> (<c>C ≤ BP → Below</c>).</param>
/// <param name="Above">Sub-index for values above the last point.</param>
/// <param name="AboveIncludesLast">True when a value equal to the last point takes <paramref name="Above"/> (<c>C ≥ BP → Above</c>).</param>
public sealed record SubIndexCurve(IReadOnlyList<CurvePoint> Points, decimal Below, bool BelowIncludesFirst, decimal Above, bool AboveIncludesLast)
{
    /// <summary>The sub-index of <paramref name="value"/>, in <c>decimal</c>, multiplying before dividing.</summary>
    public decimal Evaluate(decimal value)
    {
        var first = Points[0];
        var last = Points[^1];
        if (value < first.Value || (value == first.Value && BelowIncludesFirst))
            return Below;
        if (value > last.Value || (value == last.Value && AboveIncludesLast))
            return Above;
        for (var i = 0; i < Points.Count - 1; i++)
        {
            var a = Points[i];
            var b = Points[i + 1];
            if (value <= b.Value)
                return a.Q + (b.Q - a.Q) * (value - a.Value) / (b.Value - a.Value);
        }
        return last.Q; // value == last point, not taken by Above
    }

    /// <summary>Step table: up to and including <paramref name="limit"/> → 100, above → 10 (pesticides, N-NO2).</summary>
    public static SubIndexCurve Step(decimal limit) => new([new(limit, 100)], 100, false, 10, false);

    /// <summary>
    /// Five-point table (water-quality-index.md §5): ≤ first → 100, interpolate through q 100/75/50/25/10, at or
    /// above the last point → 10.
    /// </summary>
    public static SubIndexCurve FivePoint(decimal q100, decimal q75, decimal q50, decimal q25, decimal q10) =>
        new([new(q100, 100), new(q75, 75), new(q50, 50), new(q25, 25), new(q10, 10)], 100, true, 10, true);

    /// <summary>Four points plus a step: ≤ first → 100, interpolate to the q = 25 point, above it → 10.</summary>
    public static SubIndexCurve FourPointStep(decimal q100, decimal q75, decimal q50, decimal q25) =>
        new([new(q100, 100), new(q75, 75), new(q50, 50), new(q25, 25)], 100, true, 10, false);

    /// <summary>
    /// Reading A of a repeated first breakpoint (§5.1): below the repeated value → 100, from it on 75 → 50 → 25 → 10,
    /// at or above the last point → 10. <paramref name="repeatedInclusive"/> says whether the repeated value itself scores 100.
    /// </summary>
    public static SubIndexCurve RepeatedReadingA(decimal q75, decimal q50, decimal q25, decimal q10, bool repeatedInclusive) =>
        new([new(q75, 75), new(q50, 50), new(q25, 25), new(q10, 10)], 100, repeatedInclusive, 10, true);
}
