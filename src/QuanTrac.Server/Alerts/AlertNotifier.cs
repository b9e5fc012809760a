using QuanTrac.Domain.Alerts;

namespace QuanTrac.Server.Alerts;

/// <summary>One way of telling people about alert changes.</summary>
public interface INotificationChannel
{
    /// <summary>Short name for logs and reports (<c>webhook</c>, <c>smtp</c>).</summary>
    string Name { get; }

    /// <summary>Delivers one change; throws <see cref="NotificationException"/> when it could not.</summary>
    Task SendAsync(AlertEvent change, CancellationToken cancellationToken);
}

/// <summary>A notification could not be delivered.</summary>
public sealed class NotificationException(string message) : Exception(message);

/// <summary>
/// Sends alert changes to every configured channel. Only changes are sent (opened, escalated, acknowledged, resolved),
/// never the repeats of an open condition, so one alert makes at most a handful of messages. A failing channel does
/// not stop the others; failures are returned (bilingual) for the caller to log or print.
/// </summary>
public sealed class AlertNotifier(IReadOnlyList<INotificationChannel> channels)
{
    /// <summary>The channels of <paramref name="options"/>.</summary>
    public static AlertNotifier From(NotificationOptions options, HttpClient http, TimeProvider time)
    {
        var channels = new List<INotificationChannel>();
        if (options.Webhook is not null)
            channels.Add(new WebhookChannel(http, options, time));
        if (options.SmtpHost is not null && options.MailTo.Count > 0)
            channels.Add(new SmtpChannel(options));
        return new(channels);
    }

    /// <summary>True when there is somewhere to send to.</summary>
    public bool Any => channels.Count > 0;

    /// <summary>Sends every change to every channel, in order; returns the failures.</summary>
    public async Task<IReadOnlyList<string>> NotifyAsync(IEnumerable<AlertEvent> changes, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var change in changes)
            foreach (var channel in channels)
                try
                {
                    await channel.SendAsync(change, cancellationToken);
                }
                catch (NotificationException e)
                {
                    failures.Add($"{channel.Name}: {e.Message}");
                }
        return failures;
    }
}
