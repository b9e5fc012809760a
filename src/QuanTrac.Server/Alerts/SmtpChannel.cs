using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using QuanTrac.Domain.Alerts;

namespace QuanTrac.Server.Alerts;

/// <summary>Sends each alert change as a plain-text e-mail, Vietnamese then English (MailKit over SMTP).</summary>
public sealed class SmtpChannel(NotificationOptions options) : INotificationChannel
{
    /// <inheritdoc/>
    public string Name => "smtp";

    /// <inheritdoc/>
    public async Task SendAsync(AlertEvent change, CancellationToken cancellationToken)
    {
        var host = options.SmtpHost ?? throw new InvalidOperationException("No SMTP server. / Chưa cấu hình máy chủ SMTP.");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.MailFrom));
        foreach (var to in options.MailTo)
            message.To.Add(MailboxAddress.Parse(to));
        message.Subject = AlertText.Subject(change);
        message.Body = new TextPart("plain") { Text = AlertText.Body(change) };
        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(host, options.SmtpPort, options.SmtpTls ? SecureSocketOptions.Auto : SecureSocketOptions.None, cancellationToken);
            if (options.SmtpUser is { } user)
                await client.AuthenticateAsync(user, options.SmtpPassword ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException)
        {
            throw new NotificationException($"SMTP {host}:{options.SmtpPort}: {e.Message} / Gửi thư qua {host}:{options.SmtpPort} lỗi: {e.Message}");
        }
    }
}
