namespace QuanTrac.Domain.Standards.Limits;

/// <summary>An aggregated value to check: a mean over <paramref name="Period"/> in <paramref name="Unit"/>.</summary>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="Period">The averaging period of the value; rows stated for no period (<see cref="AveragingPeriod.None"/>) match any.</param>
/// <param name="Value">The value, ≥ 0.</param>
/// <param name="Unit">Canonical unit of <paramref name="Value"/>; null when it is in the unit of the limit.</param>
public sealed record AggregatedValue(string Parameter, AveragingPeriod Period, decimal Value, string? Unit = null);

/// <summary>Where a station stands: regulation, column or zone, source category and coefficients.</summary>
/// <param name="Regulation">The applicable regulation version.</param>
/// <param name="Column">Column, level or zone; null for regulations without columns.</param>
/// <param name="Coefficients">Kq/Kf or Kp/Kv when the regulation multiplies.</param>
/// <param name="Category">Source category or flow band (QCVN 19:2024); null when none.</param>
public sealed record ComplianceContext(Regulation Regulation, string? Column, LimitCoefficients Coefficients, string? Category = null);

/// <summary>The comparison of one value with its limit.</summary>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="Period">Averaging period of the value.</param>
/// <param name="Value">The value, converted to <paramref name="Unit"/>.</param>
/// <param name="Kind">Bound kind; null when no limit applies.</param>
/// <param name="Lower">Lower bound after multipliers (minimum, range); null otherwise.</param>
/// <param name="Upper">Upper bound after multipliers (maximum, range), e.g. Cmax = C × Kq × Kf; null otherwise.</param>
/// <param name="Unit">Unit of value and bounds.</param>
/// <param name="Exceeded">True when the value breaks the bound; null when no limit applies.</param>
/// <param name="Ratio">Value ÷ the bound (the upper bound of a maximum, the lower of a minimum, the broken side of a
/// range), rounded to 4 decimals half away from zero; above 1 means over a maximum, below 1 under a minimum. Null when
/// no limit applies or a range is met.</param>
/// <param name="Row">The limit row used; null when none applies.</param>
public sealed record ComplianceResult(string Parameter, AveragingPeriod Period, decimal Value, BoundKind? Kind, decimal? Lower,
    decimal? Upper, string Unit, bool? Exceeded, decimal? Ratio, LimitRow? Row);

/// <summary>
/// Compares aggregated values with the limits of a regulation in force on a date (quality-control.md §3.4):
/// maximum exceeded when value &gt; upper, minimum when value &lt; lower, range when outside. Multipliers apply to
/// maxima that are not exempt. Pure; the caller chooses the values and the date.
/// </summary>
public static class ComplianceEvaluator
{
    /// <summary>One result per value, in input order.</summary>
    /// <exception cref="ArgumentException">A required coefficient is missing, a unit cannot be converted, or a value is negative.</exception>
    public static IReadOnlyList<ComplianceResult> Evaluate(ComplianceContext context, DateOnly date, IEnumerable<AggregatedValue> values) =>
        [.. values.Select(v => EvaluateOne(context, date, v))];

    /// <summary>Only the exceedances among <see cref="Evaluate"/>.</summary>
    public static IReadOnlyList<ComplianceResult> Exceedances(ComplianceContext context, DateOnly date, IEnumerable<AggregatedValue> values) =>
        [.. Evaluate(context, date, values).Where(r => r.Exceeded == true)];

    /// <summary>The row that applies to a parameter and period, or null.</summary>
    public static LimitRow? FindRow(ComplianceContext context, DateOnly date, string parameter, AveragingPeriod period) =>
        context.Regulation.Rows.FirstOrDefault(r =>
            string.Equals(r.Parameter, parameter, StringComparison.Ordinal)
            && (r.Column.Length == 0 || string.Equals(r.Column, context.Column, StringComparison.OrdinalIgnoreCase))
            && string.Equals(r.Category, context.Category, StringComparison.OrdinalIgnoreCase)
            && (r.Period == period || r.Period == AveragingPeriod.None)
            && r.AppliesOn(date));

    static ComplianceResult EvaluateOne(ComplianceContext context, DateOnly date, AggregatedValue v)
    {
        if (v.Value < 0)
            throw new ArgumentException($"{v.Parameter}: a negative value cannot be compared with a limit.", nameof(v));
        var row = FindRow(context, date, v.Parameter, v.Period);
        if (row is null)
            return new(v.Parameter, v.Period, v.Value, null, null, null, v.Unit ?? "", null, null, null);
        var value = v.Value;
        if (v.Unit is { } unit && Parameters.Units.Factor(unit, row.Unit) is not { } factor)
            throw new ArgumentException($"{v.Parameter}: '{unit}' cannot be converted to '{row.Unit}'.", nameof(v));
        else if (v.Unit is not null)
            value *= Parameters.Units.Factor(v.Unit, row.Unit)!.Value;

        var multiplier = Multiplier(context, row);
        var lower = row.Lower;
        var upper = row.Upper * multiplier;
        var (exceeded, bound) = row.Kind switch
        {
            BoundKind.Maximum => (value > upper, upper),
            BoundKind.Minimum => (value < lower, lower),
            _ => value > upper ? (true, upper) : value < lower ? (true, lower) : (false, (decimal?)null),
        };
        decimal? ratio = bound is { } b && b != 0 ? Math.Round(value / b, 4, MidpointRounding.AwayFromZero) : null;
        return new(v.Parameter, v.Period, value, row.Kind, lower, upper, row.Unit, exceeded, ratio, row);
    }

    static decimal Multiplier(ComplianceContext context, LimitRow row)
    {
        if (row.MultiplierExempt || row.Kind != BoundKind.Maximum)
            return 1m;
        var k = context.Coefficients;
        return context.Regulation.Multipliers switch
        {
            Multipliers.KqKf => Require(k.Kq, "Kq") * Require(k.Kf, "Kf"),
            Multipliers.KpKv => Require(k.Kp, "Kp") * Require(k.Kv, "Kv"),
            _ => 1m,
        };
    }

    static decimal Require(decimal? k, string name) => k is > 0 ? k.Value
        : throw new ArgumentException($"The regulation needs {name} (a positive coefficient).", name);
}
