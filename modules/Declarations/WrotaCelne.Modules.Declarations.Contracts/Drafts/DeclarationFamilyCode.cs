namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>The family codes used in the API: <c>transit</c> (NCTS), <c>export</c> (AES), <c>import</c> (AIS).</summary>
public static class DeclarationFamilyCode
{
    public const string Transit = "transit";
    public const string Export = "export";
    public const string Import = "import";

    public static IReadOnlyList<string> All { get; } = [Transit, Export, Import];
}
