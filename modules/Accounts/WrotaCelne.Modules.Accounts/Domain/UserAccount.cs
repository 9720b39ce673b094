using Microsoft.AspNetCore.Identity;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>
/// A person who signs in: a platform operator (no organization) or a user of one organization.
/// Password hashing, lockout, security stamps and two-factor data are ASP.NET Core Identity's.
/// </summary>
internal sealed class UserAccount : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 120;

    /// <summary>The organization the user belongs to; null for platform operators.</summary>
    public Guid? OrganizationId { get; set; }

    public bool IsPlatformOperator { get; set; }

    /// <summary>The user's role in the organization (a built-in role name); null for platform operators.</summary>
    public string? Role { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user cannot sign in and loses open sessions at the next request.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
