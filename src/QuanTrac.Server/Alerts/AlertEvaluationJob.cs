using QuanTrac.Ingest.Alerts;
using QuanTrac.Server.Cluster;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Server.Alerts;

/// <summary>
/// Evaluates alerts every <see cref="ServerOptions.AlertEvaluationInterval"/> on the cluster leader only, over what
/// the intake has committed, and sends the changes to the configured channels. Runs on one node, and the store's
/// unique index stops a second node from doubling an alert should two ever overlap during a lease hand-over.
/// </summary>
public sealed partial class AlertEvaluationJob(IQuanTracStore store, ServerOptions options, AlertNotifier notifier, TimeProvider time,
    ILogger<AlertEvaluationJob> logger) : IPeriodicJob
{
    /// <inheritdoc/>
    public string Name => "alert-evaluation";

    /// <inheritdoc/>
    public TimeSpan Interval => options.AlertEvaluationInterval;

    /// <inheritdoc/>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (store is not IAlertStore alerts)
            return;
        var changes = await AlertRun.EvaluateAsync(store, alerts, time, options.AlertRun, cancellationToken: cancellationToken);
        if (changes.Count > 0)
            LogChanges(changes.Count);
        foreach (var failure in await notifier.NotifyAsync(changes, cancellationToken))
            LogNotificationFailed(failure);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert evaluation: {Count} change(s)")]
    partial void LogChanges(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert notification failed: {Reason}")]
    partial void LogNotificationFailed(string reason);
}
