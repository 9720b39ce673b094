namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>
/// A personal API token for machines (ERP integrations) calling /api/v1 with a bearer header. Only
/// a SHA-256 of its random secret is stored; it acts for its user with at most the permissions it
/// was given, and never more than the user holds at the time of the call.
/// </summary>
internal sealed class ApiToken
{
    public const int NameMaxLength = 80;
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    private ApiToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = "";

    public byte[] SecretHash { get; private set; } = [];

    public List<string> Permissions { get; private set; } = [];

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public DateTime? LastUsedAtUtc { get; private set; }

    public static ApiToken Issue(Guid organizationId, Guid userId, string name, byte[] secretHash, IEnumerable<string> permissions, DateTime nowUtc, DateTime expiresAtUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        UserId = userId,
        Name = name,
        SecretHash = secretHash,
        Permissions = [.. permissions.Distinct().Order(StringComparer.Ordinal)],
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = expiresAtUtc,
    };

    public bool IsUsable(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;

    /// <summary>Records use at most once a minute, so a busy integration does not write on every call.</summary>
    public bool MarkUsed(DateTime nowUtc)
    {
        if (LastUsedAtUtc is { } last && nowUtc - last < TimeSpan.FromMinutes(1))
        {
            return false;
        }

        LastUsedAtUtc = nowUtc;
        return true;
    }
}
