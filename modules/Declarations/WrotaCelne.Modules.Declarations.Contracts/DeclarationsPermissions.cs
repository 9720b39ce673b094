namespace WrotaCelne.Modules.Declarations.Contracts;

/// <summary>Permissions the Declarations module declares.</summary>
public static class DeclarationsPermissions
{
    public const string View = "declarations.view";
    public const string Create = "declarations.create";
    public const string Edit = "declarations.edit";
    public const string Delete = "declarations.delete";
    public const string Sign = "declarations.sign";
    public const string Submit = "declarations.submit";

    /// <summary>The organization's declaration settings (LRN mask).</summary>
    public const string ManageSettings = "declarations.settings.manage";

    /// <summary>The organization's signing credentials (key files, smart cards): add, replace, limit to users, remove.</summary>
    public const string ManageCredentials = "declarations.credentials.manage";

    public static IReadOnlyList<string> All { get; } = [View, Create, Edit, Delete, Sign, Submit, ManageSettings, ManageCredentials];
}
