namespace WrotaCelne.BuildingBlocks.Infrastructure.Mail;

/// <summary>The <c>Mail</c> settings: the SMTP server e-mail goes through. No host: the install sends no e-mail.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>StartTls</c> (default), <c>SslOnConnect</c>, or <c>None</c> (only for a relay on the same machine or network).</summary>
    public string Security { get; set; } = "StartTls";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "wrotacelne@localhost";

    public string FromName { get; set; } = "Wrota Celne";

    /// <summary>The address people reach the product at (e.g. https://clo.example.com), for links in e-mail; without it, e-mail carries no link.</summary>
    public string? PublicUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
