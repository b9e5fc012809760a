using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Parameters;
using Periods = QuanTrac.Domain.Standards.Averaging.Periods;
using QuanTrac.Domain.Standards.Limits;
using QuanTrac.Domain.Tamper;
using QuanTrac.Storage;

namespace QuanTrac.Ingest.Tamper;

/// <summary>Reads a station's stored records and runs <see cref="TamperAnalysis"/> over them.</summary>
public static class TamperRun
{
    /// <summary>
    /// Signals of <paramref name="station"/> for records observed in [<paramref name="from"/>, <paramref name="to"/>]
    /// (the replay detector also reads the days before). Limits: <paramref name="limits"/> when given, else the
    /// station type's default (<see cref="StationLimits.DefaultFor"/>). Null when the station is unknown.
    /// </summary>
    public static async Task<IReadOnlyList<TamperSignal>?> RunAsync(IQuanTracStore store, string station, DateTimeOffset from, DateTimeOffset to,
        StationLimits? limits = null, TamperSettings? settings = null, CancellationToken cancellationToken = default)
    {
        var s = settings ?? TamperSettings.Default;
        if (await store.GetStationAsync(station, cancellationToken) is not { } registered)
            return null;
        var series = new Dictionary<string, IReadOnlyList<TamperRecord>>(StringComparer.Ordinal);
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var o in store.ReadSeriesAsync(new SeriesQuery(station, null, from.AddDays(-s.ReplayLookbackDays), to), cancellationToken))
        {
            var p = o.Observation.ParameterCode;
            if (!series.TryGetValue(p, out var list))
            {
                series[p] = list = new List<TamperRecord>();
                units[p] = o.Observation.Unit;
            }
            ((List<TamperRecord>)list).Add(new TamperRecord(o.Observation.ObservedAt, o.Observation.Value, o.Observation.Status, o.ReceivedAt));
        }
        var maxima = new Dictionary<string, (decimal, string)>(StringComparer.Ordinal);
        var assignment = limits ?? StationLimits.DefaultFor(registered);
        var date = Periods.DayOf(to);
        if (assignment?.ContextOn(date) is { } context)
            foreach (var (parameter, unit) in units)
                if (MaximumIn(context, date, parameter, unit) is { } max)
                    maxima[parameter] = (max, unit);
        return TamperAnalysis.Analyse(station, series, maxima, from, to, s);
    }

    /// <summary>The maximum limit of a parameter (after multipliers) expressed in the values' unit, or null.</summary>
    static decimal? MaximumIn(ComplianceContext context, DateOnly date, string parameter, string unit)
    {
        foreach (var period in new[] { AveragingPeriod.None, AveragingPeriod.OneHour, AveragingPeriod.TwentyFourHours })
        {
            if (ComplianceEvaluator.FindRow(context, date, parameter, period) is not { Kind: BoundKind.Maximum } row)
                continue;
            var factor = Units.Factor(unit, row.Unit);
            if (factor is not > 0)
                return null;
            var upper = ComplianceEvaluator.Evaluate(context, date, [new AggregatedValue(parameter, row.Period, 0m, unit)])[0].Upper;
            return upper / factor;
        }
        return null;
    }
}
