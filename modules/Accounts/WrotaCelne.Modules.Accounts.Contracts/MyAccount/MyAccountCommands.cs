using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.MyAccount;

public sealed record MyAccountDto(
    string Email, string DisplayName, string? OrganizationName, string? Role, IReadOnlyList<string> Permissions, bool TwoFactorEnabled, int RecoveryCodesLeft, bool MustChangePassword);

public sealed record GetMyAccount : IQuery<MyAccountDto>;

/// <summary>Changes the caller's password; every other session of the caller ends.</summary>
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<bool>;
