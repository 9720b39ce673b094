using Microsoft.Extensions.Options;
using WrotaCelne.BuildingBlocks.Infrastructure.Mail;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// E-mails a stored notification to its recipient, Polish first then English, when the install has an SMTP
/// server. The link is made absolute with the configured public address (never a request's Host header);
/// without one it stays relative. A failure is logged by the sender and reported, never thrown.
/// </summary>
internal sealed class NotificationMail(IMailSender mail, IOptions<MailOptions> options)
{
    public bool IsConfigured => mail.IsConfigured;

    public Task<bool> SendAsync(string to, Notification notification, CancellationToken cancellationToken)
    {
        var link = notification.Link is null ? null : (options.Value.PublicUrl?.TrimEnd('/') ?? "") + notification.Link;
        var polishLink = link is null ? "" : $"\n\nSzczegóły: {link}";
        var englishLink = link is null ? "" : $"\n\nDetails: {link}";
        var body = $"{notification.BodyPolish}{polishLink}\n\n---\n\n{notification.BodyEnglish}{englishLink}\n";
        var subject = $"{notification.SubjectPolish} / {notification.SubjectEnglish}";
        return mail.TrySendAsync(new OutgoingMail(to, subject, body), cancellationToken);
    }
}
