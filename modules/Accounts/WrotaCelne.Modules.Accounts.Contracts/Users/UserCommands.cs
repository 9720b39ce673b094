using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Users;

/// <summary>A user of the caller's organization. Empty <paramref name="BranchIds"/>: every branch.</summary>
public sealed record UserDto(
    Guid Id, string Email, string DisplayName, string Role, IReadOnlyList<Guid> BranchIds, bool Disabled, bool MustChangePassword, bool TwoFactorEnabled, DateTime CreatedAtUtc);

/// <summary>The users of the signed-in administrator's organization.</summary>
public sealed record ListUsers : IQuery<IReadOnlyList<UserDto>>;

public sealed record GetUser(Guid UserId) : IQuery<UserDto>;

/// <summary>
/// Adds a user to the caller's organization with a role (built-in or the organization's own) and
/// optionally limited to branches; the answer carries a one-time password. No per-user limit or fee.
/// </summary>
public sealed record AddUser(string Email, string DisplayName, string Role, IReadOnlyList<Guid>? BranchIds = null) : ICommand<OneTimePasswordDto>;

/// <summary>Changes a user's name, role and branches. Nobody can grant a role holding a permission they lack.</summary>
public sealed record UpdateUser(Guid UserId, string DisplayName, string Role, IReadOnlyList<Guid>? BranchIds = null) : ICommand<UserDto>;

/// <summary>A password handed out once; it signs in until <paramref name="ExpiresAtUtc"/> and must then be replaced.</summary>
/// <param name="Mailed">Whether it also went to the user by e-mail (an SMTP server is configured and took the message).</param>
public sealed record OneTimePasswordDto(UserDto User, string OneTimePassword, DateTime ExpiresAtUtc, bool Mailed);

/// <summary>Disables (open sessions end at their next request) or re-enables a user of the caller's organization.</summary>
public sealed record SetUserDisabled(Guid UserId, bool Disabled) : ICommand<UserDto>;

/// <summary>Replaces a user's password with a one-time one and ends the user's sessions.</summary>
public sealed record ResetUserPassword(Guid UserId) : ICommand<OneTimePasswordDto>;

/// <summary>Turns off a user's two-step sign-in (a lost phone): the authenticator key and recovery codes are dropped and sessions end; the user sets it up again.</summary>
public sealed record ResetUserTwoFactor(Guid UserId) : ICommand<UserDto>;
