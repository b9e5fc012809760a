using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Ingest.Alerts;

/// <summary>
/// Evaluates alerts over stored data and stores them: for each station, silence from its newest file; for each
/// parameter over the look-back window, device-error streaks and exceedances of the applicable limits (values made
/// valid by status, intake flags and the automatic QC, re-evaluated here). The findings go through
/// <see cref="AlertLifecycle"/> on top of the stored alerts, so a run that repeats an earlier one changes nothing.
/// Returns the changes to notify. Used by <c>quantrac alerts evaluate</c> and by the server's leader job.
/// </summary>
public static class AlertRun
{
    /// <summary>One evaluation as of <paramref name="now"/> (default: the clock).</summary>
    public static async Task<IReadOnlyList<AlertEvent>> EvaluateAsync(IQuanTracStore store, IAlertStore alerts, TimeProvider time,
        AlertRunOptions? options = null, DateTimeOffset? now = null, CancellationToken cancellationToken = default)
    {
        var o = options ?? new AlertRunOptions();
        o.Settings.Validate();
        var at = Truncate(now ?? time.GetUtcNow());
        var engine = new QcEngine(time);
        var conditions = new List<AlertCondition>();
        foreach (var s in (await store.GetStationsAsync(cancellationToken)).Where(s => o.Station is null || string.Equals(s.Prefix, o.Station, StringComparison.Ordinal)))
        {
            var newest = (await store.GetFilesAsync(new FileQuery(Station: s.Prefix, Limit: 1), cancellationToken)).FirstOrDefault();
            conditions.Add(SilenceEvaluator.Evaluate(s.Prefix, s.ExpectedInterval, newest?.LastReceivedAt, at, o.Settings));

            var limits = ExceedanceLimits.For(s, o);
            await foreach (var series in SeriesRuns.ByParameterAsync(store.ReadSeriesAsync(new SeriesQuery(s.Prefix, null, at - o.Lookback, at), cancellationToken),
                x => x.Observation, cancellationToken))
                Evaluate(series);

            void Evaluate(List<StoredObservation> list)
            {
                var parameter = list[0].Observation.ParameterCode;
                conditions.AddRange(DeviceErrorEvaluator.Evaluate(s.Prefix, parameter, list.Select(x => (x.Observation.ObservedAt, x.Observation.Status)), o.Settings));
                if (limits is null)
                    return;
                var values = new QcValue[list.Count];
                for (var i = 0; i < values.Length; i++)
                    values[i] = QcValue.From(list[i].Observation, list[i].ReceivedAt);
                var worst = engine.Evaluate(o.RuleSet.Resolve(s.Prefix, s.Type, parameter, ParameterCatalogue.Default), values).WorstSeverities();
                var timed = list.Select((x, i) => new TimedValue(x.Observation.ObservedAt, x.Observation.Value,
                    TimedValue.IsValid(x.Observation) && worst[i] is not QcSeverity.Invalid));
                conditions.AddRange(ExceedanceEvaluator.Evaluate(limits, parameter, list[0].Observation.Unit, s.ExpectedInterval, timed, o.Settings));
            }
        }
        return await ApplyAsync(alerts, conditions, at, o.Settings, o.Station, cancellationToken);
    }

    /// <summary>
    /// A failed reference-material check of a station parameter (the proficiency module calls this): opens one
    /// reference-check alarm, or leaves the open one as it is.
    /// </summary>
    public static Task<IReadOnlyList<AlertEvent>> RaiseReferenceCheckFailedAsync(IAlertStore alerts, TimeProvider time, string station, string parameter,
        DateTimeOffset checkedAt, string detailVi, string detailEn, decimal? error = null, decimal? limit = null, string? unit = null,
        CancellationToken cancellationToken = default) =>
        ApplyAsync(alerts, [ReferenceCheckAlerts.Failed(station, parameter, Truncate(checkedAt), detailVi, detailEn, error, limit, unit)],
            Truncate(time.GetUtcNow()), AlertSettings.Default, station, cancellationToken);

    /// <summary>A passed reference-material check: resolves the open reference-check alert of the parameter, if any.</summary>
    public static Task<IReadOnlyList<AlertEvent>> ReferenceCheckPassedAsync(IAlertStore alerts, TimeProvider time, string station, string parameter,
        DateTimeOffset checkedAt, CancellationToken cancellationToken = default) =>
        ApplyAsync(alerts, [ReferenceCheckAlerts.Passed(station, parameter, Truncate(checkedAt))], Truncate(time.GetUtcNow()), AlertSettings.Default,
            station, cancellationToken);

    /// <summary>An operator acknowledges alert <paramref name="id"/>; null when there is no such alert.</summary>
    /// <exception cref="InvalidOperationException">The alert is resolved.</exception>
    public static Task<AlertEvent?> AcknowledgeAsync(IAlertStore alerts, TimeProvider time, long id, string user, string? note = null,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(alerts, id, a => new AlertEvent(AlertChange.Acknowledged, a.Acknowledge(user, Truncate(time.GetUtcNow()), note)), cancellationToken);

    /// <summary>An operator resolves alert <paramref name="id"/>; null when there is no such alert.</summary>
    /// <exception cref="InvalidOperationException">The alert is resolved already.</exception>
    public static Task<AlertEvent?> ResolveAsync(IAlertStore alerts, TimeProvider time, long id, string user, string? note = null,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(alerts, id, a => new AlertEvent(AlertChange.Resolved, a.Resolve(user, Truncate(time.GetUtcNow()), note)), cancellationToken);

    static async Task<AlertEvent?> ChangeAsync(IAlertStore alerts, long id, Func<Alert, AlertEvent> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await alerts.GetAlertAsync(id, ct) is not { } alert)
                return null;
            var e = change(alert);
            try
            {
                await alerts.SaveAlertsAsync([new AlertWrite(e.Alert, alert.UpdatedAt)], ct);
                return e;
            }
            catch (AlertConflictException) when (attempt < 3)
            {
                // An evaluation changed the alert meanwhile: apply the operator's change to the new version.
            }
        }
    }

    static async Task<IReadOnlyList<AlertEvent>> ApplyAsync(IAlertStore alerts, IReadOnlyList<AlertCondition> conditions, DateTimeOffset now,
        AlertSettings settings, string? station, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var latest = await alerts.GetLatestAlertsAsync(station, ct);
            var update = AlertLifecycle.Apply(latest, conditions, now, settings);
            try
            {
                var saved = await alerts.SaveAlertsAsync([.. update.Changed.Select(a =>
                    new AlertWrite(a, latest.TryGetValue(a.Key, out var old) && old.Id == a.Id && a.Id != 0 ? old.UpdatedAt : null))], ct);
                var ids = saved.ToDictionary(a => a.Key, a => a.Id);
                return [.. update.Events.Select(e => e with { Alert = e.Alert with { Id = ids[e.Alert.Key] } })];
            }
            catch (AlertConflictException) when (attempt < 3)
            {
                // Another node or an operator changed an alert between our read and our write: read again and re-apply.
            }
        }
    }

    // Both stores keep milliseconds at least; working in whole milliseconds makes what is read back equal what was written.
    static DateTimeOffset Truncate(DateTimeOffset t) => DateTimeOffset.FromUnixTimeMilliseconds(t.ToUnixTimeMilliseconds());
}
