namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>
/// An organization's permission for the platform operators to look at its data (read only) while
/// helping it, until it expires or the organization revokes it. Without one, operators never read
/// customers' declarations.
/// </summary>
internal sealed class SupportAccessGrant
{
    public const int MaxDays = 30;

    private SupportAccessGrant()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid GrantedByUserId { get; private set; }

    public DateTime GrantedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static SupportAccessGrant Grant(Guid organizationId, Guid grantedBy, DateTime nowUtc, int days) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        GrantedByUserId = grantedBy,
        GrantedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc.AddDays(days),
    };

    public bool IsActive(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Revoke(DateTime nowUtc) => RevokedAtUtc ??= nowUtc;
}
