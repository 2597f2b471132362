using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Baken.Web.Infrastructure;

/// <summary>Mail settings (<c>Baken:Mail</c>). Without an SMTP host, mails are written as .eml files.</summary>
internal sealed class MailOptions
{
    public const string Section = "Baken:Mail";

    public string From { get; set; } = "noreply@baken.local";

    /// <summary>Set to send through SMTP; empty writes each mail to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>Where mails go without SMTP (development); never the log, since mails carry reset links.</summary>
    public string PickupDirectory { get; set; } = "data/mail";
}

/// <summary>Sends the platform's few mails (password reset).</summary>
public interface IMailSender
{
    /// <summary>Sends a plain-text mail.</summary>
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

internal sealed partial class MailSender(IOptions<MailOptions> options, TimeProvider clock, ILogger<MailSender> logger) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        if (string.IsNullOrEmpty(o.SmtpHost))
        {
            Directory.CreateDirectory(o.PickupDirectory);
            var path = Path.Combine(o.PickupDirectory, string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"));
            await message.WriteToAsync(path, ct);
            LogWritten(logger, path);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(o.SmtpUser))
        {
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }

    // The path only: the mail itself holds a reset link, which must not reach the log.
    [LoggerMessage(Level = LogLevel.Information, Message = "Mail written to {Path}")]
    private static partial void LogWritten(ILogger logger, string path);
}
