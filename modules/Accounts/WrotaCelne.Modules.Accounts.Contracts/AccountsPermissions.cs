namespace WrotaCelne.Modules.Accounts.Contracts;

/// <summary>Permissions the Accounts module declares.</summary>
public static class AccountsPermissions
{
    public const string ManageUsers = "accounts.users.manage";
    public const string ManageOrganization = "accounts.organization.manage";
    public const string ViewAudit = "accounts.audit.view";

    public static IReadOnlyList<string> All { get; } = [ManageUsers, ManageOrganization, ViewAudit];
}
