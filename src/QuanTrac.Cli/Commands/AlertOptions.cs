using System.CommandLine;
using System.Globalization;
using QuanTrac.Domain.Alerts;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Server.Alerts;

namespace QuanTrac.Cli.Commands;

/// <summary>The alert options shared by <c>alerts evaluate</c> and <c>serve</c>: thresholds, limits file, notification channels.</summary>
sealed class AlertOptions
{
    public Option<decimal> Approaching { get; } = new("--alert-approaching") { Description = "Approaching level, % of the limit (default 80) / Mức tiệm cận (%)", DefaultValueFactory = _ => 80m };
    public Option<decimal> Warning { get; } = new("--alert-warning") { Description = "Warning level, % of the limit (default 90) / Mức cảnh báo (%)", DefaultValueFactory = _ => 90m };
    public Option<decimal> Clear { get; } = new("--alert-clear") { Description = "An exceedance clears below this % of the limit (default 75) / Ngưỡng hết cảnh báo (%)", DefaultValueFactory = _ => 75m };
    public Option<double> ClearAfter { get; } = new("--alert-clear-minutes") { Description = "Minutes an exceedance must stay clear before it resolves (default 60) / Số phút dưới ngưỡng trước khi đóng", DefaultValueFactory = _ => 60 };
    public Option<int> SilenceIntervals { get; } = new("--silence-warning-intervals") { Description = "Intervals without a file before a silence warning (default 3) / Số chu kỳ không có tệp trước khi cảnh báo", DefaultValueFactory = _ => 3 };
    public Option<double> SilenceAlarm { get; } = new("--silence-alarm-minutes") { Description = "Minutes without a file before a silence alarm (default 60) / Số phút không có tệp trước khi báo động", DefaultValueFactory = _ => 60 };
    public Option<double> DeviceError { get; } = new("--device-error-minutes") { Description = "Minutes of status 02 before a device-error alarm (default 60) / Số phút báo lỗi thiết bị liên tục", DefaultValueFactory = _ => 60 };
    public Option<double> Lookback { get; } = new("--lookback-hours") { Description = "Hours of data read per evaluation (default 26) / Số giờ số liệu được đọc", DefaultValueFactory = _ => 26 };
    public Option<string?> Limits { get; } = new("--limits") { Description = "JSON file of per-station limit assignments / Tệp quy chuẩn áp dụng cho từng trạm" };
    public Option<string?> Webhook { get; } = new("--webhook") { Description = "POST every alert change as JSON to this URL / Gửi thay đổi cảnh báo đến địa chỉ này" };
    public Option<int> WebhookAttempts { get; } = new("--webhook-attempts") { Description = "Attempts per webhook call (default 5) / Số lần thử", DefaultValueFactory = _ => 5 };
    public Option<double> WebhookBackoff { get; } = new("--webhook-backoff") { Description = "First retry wait in seconds, doubled per failure (default 1) / Thời gian chờ thử lại (giây)", DefaultValueFactory = _ => 1 };
    public Option<string?> Smtp { get; } = new("--smtp") { Description = "SMTP server HOST[:PORT] for alert e-mail / Máy chủ SMTP" };
    public Option<bool> SmtpTls { get; } = new("--smtp-tls") { Description = "Use TLS (or STARTTLS) with the SMTP server / Dùng TLS" };
    public Option<string?> SmtpUser { get; } = new("--smtp-user") { Description = "SMTP user (password: env QUANTRAC_SMTP_PASSWORD) / Tài khoản SMTP" };
    public Option<string> MailFrom { get; } = new("--mail-from") { Description = "Sender address (default quantrac@localhost) / Địa chỉ gửi", DefaultValueFactory = _ => "quantrac@localhost" };
    public Option<string[]> MailTo { get; } = new("--mail-to") { Description = "Recipient of alert e-mail (repeatable) / Người nhận thư cảnh báo", AllowMultipleArgumentsPerToken = true };

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Approaching, Warning, Clear, ClearAfter, SilenceIntervals, SilenceAlarm, DeviceError, Lookback, Limits,
                     Webhook, WebhookAttempts, WebhookBackoff, Smtp, SmtpTls, SmtpUser, MailFrom, MailTo })
            command.Options.Add(o);
    }

    /// <summary>The evaluation options, or null after printing a bilingual error.</summary>
    public AlertRunOptions? RunOptions(ParseResult r, string? station)
    {
        try
        {
            var settings = new AlertSettings
            {
                ApproachingPercent = r.GetValue(Approaching),
                WarningPercent = r.GetValue(Warning),
                ClearPercent = r.GetValue(Clear),
                ExceedanceClearAfter = Minutes(r.GetValue(ClearAfter), "--alert-clear-minutes", allowZero: true),
                SilenceWarningIntervals = r.GetValue(SilenceIntervals),
                SilenceAlarmAfter = Minutes(r.GetValue(SilenceAlarm), "--silence-alarm-minutes"),
                DeviceErrorAfter = Minutes(r.GetValue(DeviceError), "--device-error-minutes"),
            }.Validate();
            var limits = r.GetValue(Limits) is { } path ? StationLimitsFile.Parse(File.ReadAllText(path)) : new Dictionary<string, StationLimits>();
            return new AlertRunOptions
            {
                Settings = settings,
                Lookback = Minutes(r.GetValue(Lookback) * 60, "--lookback-hours"),
                Limits = limits,
                Station = station,
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(e.Message);
            return null;
        }
    }

    /// <summary>The notification channels, or null after printing a bilingual error.</summary>
    public NotificationOptions? Notifications(ParseResult r)
    {
        Uri? webhook = null;
        if (r.GetValue(Webhook) is { } text && (!Uri.TryCreate(text, UriKind.Absolute, out webhook) || webhook.Scheme is not ("http" or "https")))
        {
            Console.Error.WriteLine($"--webhook: '{text}' không phải địa chỉ http(s) đầy đủ. / '{text}' is not an absolute http(s) URL.");
            return null;
        }
        string? host = null;
        var port = 25;
        if (r.GetValue(Smtp) is { } smtp)
        {
            var colon = smtp.LastIndexOf(':');
            host = colon > 0 ? smtp[..colon] : smtp;
            if (colon > 0 && !int.TryParse(smtp[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535 || host.Length == 0)
            {
                Console.Error.WriteLine($"--smtp: '{smtp}' phải có dạng HOST[:PORT]. / '{smtp}' must be HOST[:PORT].");
                return null;
            }
        }
        return new NotificationOptions
        {
            Webhook = webhook,
            WebhookAttempts = Math.Max(1, r.GetValue(WebhookAttempts)),
            WebhookBackoff = TimeSpan.FromSeconds(Math.Max(0.001, r.GetValue(WebhookBackoff))),
            SmtpHost = host,
            SmtpPort = port,
            SmtpTls = r.GetValue(SmtpTls),
            SmtpUser = r.GetValue(SmtpUser),
            SmtpPassword = Environment.GetEnvironmentVariable("QUANTRAC_SMTP_PASSWORD"),
            MailFrom = r.GetValue(MailFrom)!,
            MailTo = r.GetValue(MailTo) ?? [],
        };
    }

    static TimeSpan Minutes(double value, string option, bool allowZero = false) =>
        double.IsFinite(value) && (value > 0 || (allowZero && value == 0)) ? TimeSpan.FromMinutes(value)
        : throw new ArgumentException($"{option}: phải là số dương. / must be a positive number.");
}
