namespace WrotaCelne.Modules.Billing.Contracts;

/// <summary>Permissions the Billing module declares.</summary>
public static class BillingPermissions
{
    public const string View = "billing.view";
    public const string Manage = "billing.manage";

    public static IReadOnlyList<string> All { get; } = [View, Manage];
}
