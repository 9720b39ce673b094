namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>
/// The roles the original product had, composed from whatever permissions the modules declare, so a
/// new module's permissions land in the right roles without editing this list:
/// Administrator holds every permission; Operator prepares and sends declarations and uses the
/// helpdesk (Declarations and Support permissions except the managing ones); Auditor only looks
/// (every ".view" permission, the audit log included).
/// </summary>
internal static class BuiltInRoles
{
    public const string Administrator = "Administrator";
    public const string Operator = "Operator";
    public const string Auditor = "Auditor";

    private static readonly string[] OperatorModules = ["Declarations", "Support"];

    public static IReadOnlyList<string> Names { get; } = [Administrator, Operator, Auditor];

    public static bool IsBuiltIn(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<(string Name, IReadOnlyList<string> Permissions)> Compose(IEnumerable<(string Name, string Module)> permissions)
    {
        var all = permissions.ToList();
        return
        [
            (Administrator, all.Select(p => p.Name).ToList()),
            (Operator, all.Where(p => OperatorModules.Contains(p.Module) && !p.Name.EndsWith(".manage", StringComparison.Ordinal)).Select(p => p.Name).ToList()),
            (Auditor, all.Where(p => p.Name.EndsWith(".view", StringComparison.Ordinal)).Select(p => p.Name).ToList()),
        ];
    }
}
