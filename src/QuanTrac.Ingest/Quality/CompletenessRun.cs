using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Quality.Completeness;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;

namespace QuanTrac.Ingest.Quality;

/// <summary>
/// The completeness and timeliness report over stored observations: per station and parameter (the registered
/// mappings and whatever arrived), per day or month. A record is valid when <see cref="TimedValue.IsValid"/> holds
/// and the automatic QC (the rule set given, default <see cref="QcRuleSet.Default"/>, re-evaluated here, deterministic) raised no invalid flag on it,
/// so the report does not depend on whether <c>quantrac qc</c> was run first.
/// </summary>
public static class CompletenessRun
{
    /// <summary>The Vietnam-time instant range that holds the records of the days <paramref name="from"/> … <paramref name="to"/>.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Range(DateOnly from, DateOnly to) =>
        (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset).AddTicks(1),
         new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset));

    /// <summary>Rows ordered by station, parameter and date; and the uptime of each station.</summary>
    public static async Task<(IReadOnlyList<CompletenessRow> Rows, IReadOnlyList<UptimeRow> Uptime)> RunAsync(IQuanTracStore store,
        DateOnly from, DateOnly to, CompletenessPeriod period = CompletenessPeriod.Day, CompletenessSettings? settings = null,
        QcRuleSet? ruleSet = null, string? station = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        if (to < from)
            throw new ArgumentException("--to is before --from. / --to trước --from.", nameof(to));
        var rules = ruleSet ?? QcRuleSet.Default;
        var engine = new QcEngine(time ?? TimeProvider.System);
        var (start, end) = Range(from, to);
        var rows = new List<CompletenessRow>();
        var uptime = new List<UptimeRow>();
        foreach (var s in (await store.GetStationsAsync(cancellationToken)).Where(s => station is null || string.Equals(s.Prefix, station, StringComparison.Ordinal)))
        {
            var byParameter = new SortedDictionary<string, List<StoredObservation>>(StringComparer.Ordinal);
            foreach (var m in s.Mappings)
                byParameter.TryAdd(m.ParameterCode, []);
            await foreach (var o in store.ReadSeriesAsync(new SeriesQuery(s.Prefix, null, start, end), cancellationToken))
            {
                if (!byParameter.TryGetValue(o.Observation.ParameterCode, out var list))
                    byParameter[o.Observation.ParameterCode] = list = [];
                list.Add(o);
            }
            var statuses = new List<(DateTimeOffset, bool)>();
            foreach (var (parameter, list) in byParameter)
            {
                var values = new QcValue[list.Count];
                for (var i = 0; i < values.Length; i++)
                    values[i] = QcValue.From(list[i].Observation, list[i].ReceivedAt);
                var worst = engine.Evaluate(rules.Resolve(s.Prefix, s.Type, parameter, ParameterCatalogue.Default), values).WorstSeverities();
                var inputs = list.Select((o, i) => new CompletenessInput(o.Observation.ObservedAt, o.ReceivedAt,
                    TimedValue.IsValid(o.Observation) && worst[i] is not QcSeverity.Invalid));
                rows.AddRange(CompletenessCalculator.Compute(s.Prefix, parameter, s.ExpectedInterval, from, to, inputs, period, settings));
                statuses.AddRange(list.Select(o => (o.Observation.ObservedAt, string.Equals(o.Observation.Status, "00", StringComparison.Ordinal))));
            }
            uptime.AddRange(CompletenessCalculator.Uptime(s.Prefix, s.ExpectedInterval, from, to, statuses, period));
        }
        return (rows, uptime);
    }
}
