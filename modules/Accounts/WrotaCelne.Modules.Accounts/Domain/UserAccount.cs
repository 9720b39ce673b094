using Microsoft.AspNetCore.Identity;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>
/// A person who signs in: a platform operator (no organization) or a user of one organization.
/// Password hashing, lockout, security stamps and two-factor data are ASP.NET Core Identity's.
/// </summary>
internal sealed class UserAccount : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 120;

    /// <summary>How long a password handed out by someone else (a one-time password) may be used for the first sign-in.</summary>
    public static readonly TimeSpan OneTimePasswordLifetime = TimeSpan.FromDays(3);

    /// <summary>The organization the user belongs to; null for platform operators.</summary>
    public Guid? OrganizationId { get; set; }

    public bool IsPlatformOperator { get; set; }

    /// <summary>
    /// For an operator: the support access (grant) under which the operator looks at an organization's data.
    /// Tied to that grant, not to the organization, so a later grant never lets the operator back in unasked.
    /// </summary>
    public Guid? SupportGrantId { get; set; }

    /// <summary>The name of the user's role in the organization (built-in or the organization's own); null for platform operators.</summary>
    public string? Role { get; set; }

    /// <summary>The branches the user works for; empty means every branch of the organization.</summary>
    public List<Guid> BranchIds { get; set; } = [];

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user cannot sign in and loses open sessions at the next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The password was handed out by someone else; it must be replaced before anything else is done.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When a handed-out password stops working for sign-in; null for a password the user chose.</summary>
    public DateTime? PasswordExpiresAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Marks the current password as handed out: valid for <see cref="OneTimePasswordLifetime"/>, to be replaced at first sign-in.</summary>
    public void HandOutPassword(DateTime nowUtc)
    {
        MustChangePassword = true;
        PasswordExpiresAtUtc = nowUtc + OneTimePasswordLifetime;
    }

    public void PasswordChosen()
    {
        MustChangePassword = false;
        PasswordExpiresAtUtc = null;
    }
}
