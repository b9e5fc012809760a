using System.Text;
using QuanTrac.Domain.Alerts;
using QuanTrac.Server.Relay;

namespace QuanTrac.Server.Alerts;

/// <summary>
/// Posts each alert change as JSON (<see cref="AlertJson.Of(AlertEvent)"/>) to a webhook. A failed call (network
/// error, timeout, any non-2xx answer) is retried with exponential back-off and jitter up to
/// <see cref="NotificationOptions.WebhookAttempts"/> times; the header <c>X-QuanTrac-Delivery</c> stays the same
/// across retries so that a receiver can drop a duplicate when an answer was lost after it had been processed.
/// </summary>
public sealed class WebhookChannel(HttpClient http, NotificationOptions options, TimeProvider time) : INotificationChannel
{
    readonly RelayBackoff _backoff = new(options.WebhookBackoff, options.WebhookBackoffCap, 0.2, new Random());

    /// <inheritdoc/>
    public string Name => "webhook";

    /// <inheritdoc/>
    public async Task SendAsync(AlertEvent change, CancellationToken cancellationToken)
    {
        var url = options.Webhook ?? throw new InvalidOperationException("No webhook URL. / Chưa cấu hình webhook.");
        var body = AlertJson.Text(AlertJson.Of(change));
        var delivery = Guid.NewGuid().ToString("N");
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.WebhookTimeout);
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("X-QuanTrac-Delivery", delivery);
                using var response = await http.SendAsync(request, timeout.Token);
                if (response.IsSuccessStatusCode)
                    return;
                failure = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                failure = e.Message;
            }
            if (attempt >= options.WebhookAttempts)
                throw new NotificationException($"Webhook {url} failed {attempt} times: {failure}. / Webhook {url} lỗi {attempt} lần: {failure}.");
            await Task.Delay(_backoff.Delay(attempt), time, cancellationToken);
        }
    }
}
