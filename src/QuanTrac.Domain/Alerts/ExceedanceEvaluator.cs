using System.Globalization;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Standards.Limits;
using LimitPeriod = QuanTrac.Domain.Standards.Limits.AveragingPeriod;

namespace QuanTrac.Domain.Alerts;

/// <summary>
/// Exceedance findings of one station parameter (quality-control.md §3.4–§3.5), through the standards engine: valid
/// values → hourly means (<see cref="Averages.Hourly"/>, ≥ 75 % coverage) → the mean of each averaging period the
/// applicable regulation states for the parameter (1 h; 8 h rolling; 24 h; a row without a period is compared with
/// the hourly mean, the project default for wastewater and stack limits) → <see cref="ComplianceEvaluator"/>. Only
/// valid means are compared; incomplete periods give no finding. Annual limits are left to reports.
/// </summary>
public static class ExceedanceEvaluator
{
    /// <summary>
    /// Findings for <paramref name="parameter"/> (values in canonical <paramref name="unit"/>, at the station's
    /// <paramref name="interval"/>), one per period label; several periods with the same label give one finding, the
    /// worst. Empty when the station has no applicable row for the parameter.
    /// </summary>
    public static IReadOnlyList<AlertCondition> Evaluate(StationLimits limits, string parameter, string unit, TimeSpan interval,
        IEnumerable<TimedValue> values, AlertSettings? settings = null, RegulationCatalogue? catalogue = null)
    {
        var s = (settings ?? AlertSettings.Default).Validate();
        var key = new AlertKey(limits.Station, parameter, AlertKind.Exceedance);
        var hourly = Averages.Hourly(values, interval);
        if (hourly.Count == 0)
            return [];
        // Which periods the regulation states for this parameter (on any date of the series: rows change on dates).
        var periods = new HashSet<LimitPeriod>();
        foreach (var day in hourly.Select(h => Periods.DayOf(h.End)).Distinct())
            if (limits.ContextOn(day, catalogue) is { } ctx)
                foreach (var p in Enum.GetValues<LimitPeriod>())
                    if (p != LimitPeriod.Year && ComplianceEvaluator.FindRow(ctx, day, parameter, p) is { } row && (row.Period == p || p == LimitPeriod.OneHour))
                        periods.Add(row.Period == LimitPeriod.None ? LimitPeriod.None : p);
        var findings = new List<AlertCondition>();
        foreach (var period in periods)
        {
            var means = period switch
            {
                LimitPeriod.EightHours => Averages.Rolling(hourly.Select(h => h.ToTimedValue())),
                LimitPeriod.TwentyFourHours => Averages.Daily(hourly.Select(h => h.ToTimedValue())),
                _ => hourly,
            };
            foreach (var m in means)
                if (m.Mean is { } mean && Compare(limits, key, period, m.End, mean, unit, s, catalogue) is { } finding)
                    findings.Add(finding);
        }
        // One finding per instant: the worst (active beats hold beats clear).
        return [.. findings.GroupBy(f => f.At).Select(g => g.OrderByDescending(Rank).First()).OrderBy(f => f.At)];
    }

    static int Rank(AlertCondition c) => c.Level is { } l ? 10 + (int)l : c.Clear ? 0 : 1;

    static AlertCondition? Compare(StationLimits limits, AlertKey key, LimitPeriod period, DateTimeOffset label, decimal mean, string unit,
        AlertSettings s, RegulationCatalogue? catalogue)
    {
        var date = Periods.DayOf(label);
        if (mean < 0 || limits.ContextOn(date, catalogue) is not { } ctx || ComplianceEvaluator.FindRow(ctx, date, key.Parameter, period) is not { } row)
            return null;
        // A dimensionless row (pH) takes the value as it is; otherwise the value must convert to the row's unit.
        var convertible = Units.Factor(unit, row.Unit) is not null;
        if (!convertible && row.Unit.Length > 0)
            return null;
        var valueUnit = convertible ? unit : null;
        var r = ComplianceEvaluator.Evaluate(ctx, date, [new AggregatedValue(key.Parameter, period, mean, valueUnit)])[0];
        if (r.Kind is not { } kind)
            return null;
        var share = kind switch
        {
            BoundKind.Maximum => r.Upper is > 0 ? r.Value / r.Upper.Value : 0m,
            BoundKind.Minimum => r.Lower is > 0 ? 2m - r.Value / r.Lower.Value : 0m,
            _ => r.Upper > r.Lower ? Math.Abs(r.Value - (r.Upper!.Value + r.Lower!.Value) / 2) / ((r.Upper.Value - r.Lower.Value) / 2) : 0m,
        };
        var percent = share * 100m;
        AlertLevel? level = r.Exceeded == true ? AlertLevel.Alarm
            : percent >= s.WarningPercent ? AlertLevel.Warning
            : percent >= s.ApproachingPercent ? AlertLevel.Approaching
            : null;
        var periodText = AveragingPeriods.Format(period == LimitPeriod.None ? LimitPeriod.OneHour : period);
        if (level is null)
            return percent < s.ClearPercent ? AlertCondition.Cleared(key, label, r.Value) : AlertCondition.Hold(key, label, r.Value);
        var bound = kind switch
        {
            BoundKind.Maximum => r.Upper,
            BoundKind.Minimum => r.Lower,
            _ => r.Value > (r.Upper!.Value + r.Lower!.Value) / 2 ? r.Upper : r.Lower,
        };
        var value = Math.Round(r.Value, 4, MidpointRounding.AwayFromZero);
        var (vi, en) = Texts(level.Value, key, periodText, value, bound, r.Unit, ctx.Regulation.Title, ctx.Column, label);
        return AlertCondition.Active(key, label, level.Value, value, bound, r.Unit, periodText, vi, en);
    }

    static (string Vi, string En) Texts(AlertLevel level, AlertKey key, string period, decimal value, decimal? bound, string unit,
        string regulation, string? column, DateTimeOffset label)
    {
        var (vi, en) = level switch
        {
            AlertLevel.Alarm => ("vượt giới hạn", "exceeds the limit"),
            AlertLevel.Warning => ("sắp vượt giới hạn (≥ 90 %)", "is close to the limit (≥ 90 %)"),
            _ => ("tiệm cận giới hạn (≥ 80 %)", "approaches the limit (≥ 80 %)"),
        };
        var where = column is null ? regulation : $"{regulation} cột {column}";
        var whereEn = column is null ? regulation : $"{regulation} column {column}";
        var at = Time.VietnamTime.FormatIso(label);
        var b = bound?.ToString(CultureInfo.InvariantCulture) ?? "?";
        var v = value.ToString(CultureInfo.InvariantCulture);
        return ($"Trạm {key.Station}: trung bình {period} của {key.Parameter} lúc {at} là {v} {unit}, {vi} {b} {unit} ({where}).",
                $"Station {key.Station}: the {period} mean of {key.Parameter} at {at} is {v} {unit} and {en} {b} {unit} ({whereEn}).");
    }
}
