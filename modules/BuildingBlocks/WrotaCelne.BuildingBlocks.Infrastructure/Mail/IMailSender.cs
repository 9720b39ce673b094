namespace WrotaCelne.BuildingBlocks.Infrastructure.Mail;

/// <summary>Sends e-mail when the install has an SMTP server configured.</summary>
public interface IMailSender
{
    bool IsConfigured { get; }

    /// <summary>Sends now; false when no server is configured or the server refused or could not be reached (the reason is logged, never thrown).</summary>
    Task<bool> TrySendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
