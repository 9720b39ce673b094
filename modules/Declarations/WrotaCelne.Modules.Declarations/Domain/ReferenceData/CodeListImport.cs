namespace WrotaCelne.Modules.Declarations.Domain.ReferenceData;

/// <summary>A recorded import: which file (name and SHA-256), by whom, and what it changed.</summary>
internal sealed class CodeListImport
{
    private CodeListImport()
    {
    }

    public long Id { get; private set; }

    public string List { get; private set; } = "";

    public int Version { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Removed { get; private set; }

    public int Unchanged { get; private set; }

    public static CodeListImport Record(string list, int version, DateTime nowUtc, string importedBy, string fileName, string sha256, int added, int changed, int removed, int unchanged) => new()
    {
        List = list, Version = version, ImportedAtUtc = nowUtc, ImportedBy = importedBy, FileName = fileName, Sha256 = sha256,
        Added = added, Changed = changed, Removed = removed, Unchanged = unchanged,
    };
}
