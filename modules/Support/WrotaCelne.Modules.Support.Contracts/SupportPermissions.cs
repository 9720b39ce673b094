namespace WrotaCelne.Modules.Support.Contracts;

/// <summary>Permissions the Support module declares.</summary>
public static class SupportPermissions
{
    public const string Tickets = "support.tickets";

    /// <summary>Trainings and presentations are scheduled by the platform's own staff (operators), not by customers' roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Tickets];
}
