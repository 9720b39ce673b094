namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>
/// One notification for one user of an organization, in Polish and English; another module asked for it
/// (a certificate about to expire, a declaration's answer). Unread until the user opens the list.
/// </summary>
internal sealed class Notification
{
    public const int TopicMaxLength = 60;
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 4000;
    public const int LinkMaxLength = 500;

    /// <summary>A user keeps their newest this many; older ones are dropped when new ones arrive.</summary>
    public const int KeptPerUser = 100;

    private Notification()
    {
    }

    public long Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid UserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string Topic { get; private set; } = "";

    public string SubjectPolish { get; private set; } = "";

    public string SubjectEnglish { get; private set; } = "";

    public string BodyPolish { get; private set; } = "";

    public string BodyEnglish { get; private set; } = "";

    public string? Link { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public static Notification For(
        Guid organizationId, Guid userId, DateTime nowUtc, string topic, (string Polish, string English) subject, (string Polish, string English) body, string? link) => new()
    {
        OrganizationId = organizationId,
        UserId = userId,
        CreatedAtUtc = nowUtc,
        Topic = topic,
        SubjectPolish = subject.Polish,
        SubjectEnglish = subject.English,
        BodyPolish = body.Polish,
        BodyEnglish = body.English,
        Link = link,
    };

    /// <summary>Whether <paramref name="link"/> stays on this site: a path, never a scheme or a protocol-relative "//host".</summary>
    public static bool IsSiteRelative(string link) =>
        link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/\\", StringComparison.Ordinal) && !link.Any(char.IsControl);
}
