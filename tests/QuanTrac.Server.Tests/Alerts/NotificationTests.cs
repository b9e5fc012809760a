using MimeKit;
using QuanTrac.Domain.Alerts;
using QuanTrac.Server.Alerts;

namespace QuanTrac.Server.Tests.Alerts;

public class NotificationTests
{
    static readonly DateTimeOffset T0 = new(2026, 3, 25, 8, 0, 0, TimeSpan.FromHours(7));

    static AlertEvent Opened() => new(AlertChange.Opened, new Alert(7, "HN_X_NUO001", "COD", AlertKind.Exceedance, AlertLevel.Alarm, AlertState.Open,
        T0, T0, T0, T0, null, 200m, 135m, "mg/L", "1h",
        "Trạm HN_X_NUO001: trung bình 1h của COD là 200 mg/L, vượt giới hạn 135 mg/L.",
        "Station HN_X_NUO001: the 1h mean of COD is 200 mg/L and exceeds the limit 135 mg/L."));

    [Fact]
    public async Task Webhook_FirstCallFails_RetriedAndDeliveredOnce()
    {
        using var receiver = new LocalHttpReceiver(failures: 1);
        using var http = new HttpClient();
        var options = new NotificationOptions { Webhook = receiver.Url, WebhookBackoff = TimeSpan.FromMilliseconds(50) };
        var notifier = AlertNotifier.From(options, http, TimeProvider.System);

        var failures = await notifier.NotifyAsync([Opened()], CancellationToken.None);

        Assert.Empty(failures);
        Assert.Equal([503, 200], receiver.Requests.Select(r => r.Status));
        Assert.Single(receiver.Requests, r => r.Status == 200); // delivered once
        Assert.NotNull(receiver.Requests[0].Delivery);
        Assert.Equal(receiver.Requests[0].Delivery, receiver.Requests[1].Delivery);
        using var json = System.Text.Json.JsonDocument.Parse(receiver.Requests[1].Body);
        Assert.Equal("opened", json.RootElement.GetProperty("change").GetString());
        Assert.Equal(7, json.RootElement.GetProperty("alert").GetProperty("id").GetInt64());
        Assert.Contains("vượt giới hạn", json.RootElement.GetProperty("alert").GetProperty("message").GetProperty("vi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_AlwaysFailing_GivesUpAfterTheAttemptsWithABilingualFailure()
    {
        using var receiver = new LocalHttpReceiver(failures: 100);
        using var http = new HttpClient();
        var notifier = AlertNotifier.From(new NotificationOptions { Webhook = receiver.Url, WebhookAttempts = 3, WebhookBackoff = TimeSpan.FromMilliseconds(10) },
            http, TimeProvider.System);

        var failure = Assert.Single(await notifier.NotifyAsync([Opened()], CancellationToken.None));

        Assert.Equal(3, receiver.Requests.Count);
        Assert.Contains("failed 3 times", failure, StringComparison.Ordinal);
        Assert.Contains("lỗi 3 lần", failure, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Smtp_AlertOpened_MailArrivesAtARealSmtpServerWithBothLanguages()
    {
        Skip.If(LocalSmtpServer.Unavailable is not null, LocalSmtpServer.Unavailable);
        using var smtp = new LocalSmtpServer();
        using var http = new HttpClient();
        var notifier = AlertNotifier.From(new NotificationOptions
        {
            SmtpHost = "127.0.0.1",
            SmtpPort = smtp.Port,
            MailFrom = "quantrac@so-tnmt.example",
            MailTo = ["truc-ban@so-tnmt.example"],
        }, http, TimeProvider.System);

        Assert.Empty(await notifier.NotifyAsync([Opened()], CancellationToken.None));

        var file = Assert.Single(smtp.Messages);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("truc-ban@so-tnmt.example", Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains("Cảnh báo mới / New alert", message.Subject, StringComparison.Ordinal);
        Assert.Contains("vượt giới hạn 135 mg/L", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("exceeds the limit 135 mg/L", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Trạm / Station: HN_X_NUO001", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smtp_NoServerListening_BilingualFailure()
    {
        using var http = new HttpClient();
        var notifier = AlertNotifier.From(new NotificationOptions { SmtpHost = "127.0.0.1", SmtpPort = 9, MailTo = ["a@b.example"] }, http, TimeProvider.System);
        var failure = Assert.Single(await notifier.NotifyAsync([Opened()], CancellationToken.None));
        Assert.Contains("Gửi thư qua 127.0.0.1:9 lỗi", failure, StringComparison.Ordinal);
    }
}
