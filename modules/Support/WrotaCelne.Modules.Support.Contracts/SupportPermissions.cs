namespace WrotaCelne.Modules.Support.Contracts;

/// <summary>Permissions the Support module declares.</summary>
public static class SupportPermissions
{
    public const string Tickets = "support.tickets";
    public const string ManageTraining = "support.training.manage";

    public static IReadOnlyList<string> All { get; } = [Tickets, ManageTraining];
}
