namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>The checks rules can name.</summary>
internal static class DeclarationChecks
{
    private static readonly Dictionary<string, IDeclarationCheck> Checks =
        new IDeclarationCheck[] { new R0410Check(), new MassNetGrossCheck(), new MassSumCheck(), new ItemNumbersCheck() }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Checks.Keys;

    public static IEnumerable<IDeclarationCheck> All => Checks.Values;

    public static IDeclarationCheck? Find(string name) => Checks.GetValueOrDefault(name);
}
