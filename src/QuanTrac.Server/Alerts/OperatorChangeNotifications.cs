using System.Threading.Channels;
using QuanTrac.Domain.Alerts;

namespace QuanTrac.Server.Alerts;

/// <summary>
/// Sends the alert changes operators make (acknowledged, resolved) to the configured channels, in the background: the
/// operator's request answers at once instead of waiting for a webhook's retries. In memory, like the evaluation job's
/// sending: a change queued when the process stops is not sent (README, "What is not there yet").
/// </summary>
public sealed partial class OperatorChangeNotifications(AlertNotifier notifier, ILogger<OperatorChangeNotifications> logger) : BackgroundService
{
    readonly Channel<AlertEvent> _queue = Channel.CreateUnbounded<AlertEvent>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a change for sending; nothing happens when no channel is configured.</summary>
    public void Enqueue(AlertEvent change)
    {
        if (notifier.Any)
            _queue.Writer.TryWrite(change);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var change in _queue.Reader.ReadAllAsync(stoppingToken))
            foreach (var failure in await notifier.NotifyAsync([change], stoppingToken))
                LogFailed(failure);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert notification failed: {Reason}")]
    partial void LogFailed(string reason);
}
