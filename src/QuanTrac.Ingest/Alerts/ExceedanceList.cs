using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;
using LimitPeriod = QuanTrac.Domain.Standards.Limits.AveragingPeriod;

namespace QuanTrac.Ingest.Alerts;

/// <summary>
/// One mean at or near its limit, as the public exceedance list shows it.
/// </summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="PeriodStart">Start of the averaging period (exclusive), UTC.</param>
/// <param name="PeriodEnd">End of the averaging period (inclusive; the hour-ending label of the mean), UTC.</param>
/// <param name="Averaging">Averaging period as the regulation states it: <c>1h</c>, <c>8h</c>, <c>24h</c>.</param>
/// <param name="Mean">The mean in <paramref name="Unit"/>.</param>
/// <param name="Limit">The applicable bound in <paramref name="Unit"/> (after coefficients).</param>
/// <param name="Unit">Unit of the regulation row (empty for pH).</param>
/// <param name="Ratio">Share of the limit reached: mean ÷ limit for a maximum, limit ÷ mean for a minimum, 4 decimals; &gt; 1 means exceeded.</param>
/// <param name="Regulation">Regulation id (e.g. <c>QCVN05:2023</c>).</param>
/// <param name="Column">Column of the regulation, or null.</param>
/// <param name="Level">Approaching (≥ 80 %), warning (≥ 90 %) or alarm (exceeded).</param>
/// <param name="Validated">True when every value in the averaging period was approved at review level 2; else provisional.</param>
public sealed record ExceedanceFinding(string Station, string Parameter, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, string Averaging,
    decimal Mean, decimal? Limit, string Unit, decimal? Ratio, string Regulation, string? Column, AlertLevel Level, bool Validated);

/// <summary>
/// The public list of means at or above the alert thresholds over a time range. Same limit resolution
/// (<see cref="ExceedanceLimits"/>) and same standards engine (<see cref="ExceedanceEvaluator"/>: hourly means with
/// ≥ 75 % coverage, 8-h and 24-h means where the regulation states them) as the alert evaluation; the values are read
/// from the published layer (<see cref="LayerReader"/>), so values a reviewer invalidated are left out and corrected
/// values count, as everywhere the public looks.
/// </summary>
public static class ExceedanceList
{
    /// <summary>Findings with a level whose period ends in (<paramref name="from"/>, <paramref name="to"/>], ordered by station, time, parameter.</summary>
    public static async Task<IReadOnlyList<ExceedanceFinding>> FindAsync(IQuanTracStore store, DateTimeOffset from, DateTimeOffset to,
        string? station = null, AlertRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var o = options ?? new AlertRunOptions();
        var findings = new List<ExceedanceFinding>();
        foreach (var s in (await store.GetStationsAsync(cancellationToken)).Where(s => station is null || string.Equals(s.Prefix, station, StringComparison.Ordinal)))
        {
            if (ExceedanceLimits.For(s, o) is not { } limits)
                continue;
            // A whole day before the range, so the 24-h mean of the range's first day is complete.
            var read = LayerReader.ReadAsync(store, new LayerQuery(DataLayer.Published, s.Prefix, null, from.AddHours(-24), to), cancellationToken);
            await foreach (var series in SeriesRuns.ByParameterAsync(read, x => x.Stored.Observation, cancellationToken))
                Evaluate(series);

            void Evaluate(List<LayeredObservation> list)
            {
                var first = list[0].Stored.Observation;
                var conditions = ExceedanceEvaluator.Evaluate(limits, first.ParameterCode, list[^1].Stored.Observation.Unit, s.ExpectedInterval,
                    list.Select(x => x.Layered.ToTimedValue()), o.Settings);
                foreach (var c in conditions)
                {
                    if (c.Level is not { } level || c.At <= from || c.At > to || c.Value is not { } mean)
                        continue;
                    var hours = WindowHours(c.Period);
                    var start = c.At.AddHours(-hours);
                    // Validated only when no provisional value entered the mean (the published layer holds usable values only).
                    var validated = list.Any(x => x.Stored.Observation.ObservedAt > start && x.Stored.Observation.ObservedAt <= c.At)
                        && !list.Any(x => x.Layered.Provisional && x.Stored.Observation.ObservedAt > start && x.Stored.Observation.ObservedAt <= c.At);
                    var ctx = limits.ContextOn(Periods.DayOf(c.At));
                    decimal? ratio = c.Limit is { } limit && limit > 0 && mean > 0
                        ? Math.Round(IsLowerBound(mean, limit, level) ? limit / mean : mean / limit, 4, MidpointRounding.AwayFromZero)
                        : null;
                    findings.Add(new ExceedanceFinding(s.Prefix, first.ParameterCode, start, c.At, c.Period ?? "1h", mean, c.Limit, c.Unit ?? "", ratio,
                        ctx?.Regulation.Id ?? limits.Regulation, ctx?.Column, level, validated));
                }
            }
        }
        return [.. findings.OrderBy(f => f.Station, StringComparer.Ordinal).ThenBy(f => f.PeriodEnd).ThenBy(f => f.Parameter, StringComparer.Ordinal)];
    }

    // The evaluator names the period it compared ("1h", "8h", "24h"); its length is the window of values behind the mean.
    static int WindowHours(string? period)
    {
        foreach (var p in Enum.GetValues<LimitPeriod>())
            if (string.Equals(Domain.Standards.Limits.AveragingPeriods.Format(p), period, StringComparison.Ordinal))
                return p switch { LimitPeriod.EightHours => 8, LimitPeriod.TwentyFourHours => 24, _ => 1 };
        return 1;
    }

    // The condition carries the bound compared but not its kind. A maximum is broken from above (alarm ⟺ mean above it),
    // a minimum (dissolved oxygen, the low side of pH) from below (alarm ⟺ mean below it).
    static bool IsLowerBound(decimal mean, decimal limit, AlertLevel level) => mean < limit == (level == AlertLevel.Alarm);
}
