namespace QuanTrac.Server.Alerts;

/// <summary>Where alert changes are sent (<c>--webhook</c>, <c>--smtp</c> …); nothing is sent when both are unset.</summary>
public sealed record NotificationOptions
{
    /// <summary>URL that receives each change as a JSON POST, or null.</summary>
    public Uri? Webhook { get; init; }

    /// <summary>Attempts per webhook call before giving up (default 5).</summary>
    public int WebhookAttempts { get; init; } = 5;

    /// <summary>Wait after the first failed attempt, doubled per failure with 20 % jitter (default 1 s).</summary>
    public TimeSpan WebhookBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts (default 60 s).</summary>
    public TimeSpan WebhookBackoffCap { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest wait for one answer (default 10 s).</summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>SMTP server host, or null for no e-mail.</summary>
    public string? SmtpHost { get; init; }

    /// <summary>SMTP port (default 25).</summary>
    public int SmtpPort { get; init; } = 25;

    /// <summary>True: TLS from the start or STARTTLS when offered; false: plain (a relay on the local network or loopback).</summary>
    public bool SmtpTls { get; init; }

    /// <summary>SMTP user name, or null for no authentication.</summary>
    public string? SmtpUser { get; init; }

    /// <summary>SMTP password.</summary>
    public string? SmtpPassword { get; init; }

    /// <summary>Sender address (default <c>quantrac@localhost</c>).</summary>
    public string MailFrom { get; init; } = "quantrac@localhost";

    /// <summary>Recipients of alert e-mail.</summary>
    public IReadOnlyList<string> MailTo { get; init; } = [];

    /// <summary>True when at least one channel is configured.</summary>
    public bool Any => Webhook is not null || (SmtpHost is not null && MailTo.Count > 0);
}
