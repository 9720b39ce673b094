using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Mail;

/// <summary>SMTP through MailKit, one connection per message (the volumes here are people, not campaigns).</summary>
internal sealed partial class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    /// <summary>The whole exchange with the server, not each step of it.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<bool> TrySendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return false;
        }

        // The caller has already saved what the mail is about: finish the attempt (within the timeout) even if the
        // request is abandoned, and report the outcome instead of throwing, so the caller can still record it.
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress(settings.FromName, settings.From));
            message.To.Add(MailboxAddress.Parse(mail.To));
            message.Subject = mail.Subject;
            message.Body = new TextPart("plain") { Text = mail.Body };
            using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
            await client.ConnectAsync(settings.Host!, settings.Port, SecurityOf(settings.Security), deadline.Token).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", deadline.Token).ConfigureAwait(false);
            }

            await client.SendAsync(message, deadline.Token).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, deadline.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e)
        {
            LogNotSent(logger, e, settings.Host!, settings.Port, mail.Subject);
            return false;
        }
    }

    private static SecureSocketOptions SecurityOf(string security) => security.ToUpperInvariant() switch
    {
        "NONE" => SecureSocketOptions.None,
        "SSLONCONNECT" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail \"{Subject}\" could not be sent through {Host}:{Port}.")]
    private static partial void LogNotSent(ILogger logger, Exception exception, string host, int port, string subject);
}
