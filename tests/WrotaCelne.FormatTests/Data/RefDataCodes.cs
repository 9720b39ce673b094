using System.Text.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Application;

namespace WrotaCelne.FormatTests.Data;

/// <summary>Real codes from the shared reference data, for generators whose output the platform checks against the same lists.</summary>
internal static class RefDataCodes
{
    private static readonly Lazy<IReadOnlyList<CodeListFileEntry>> Offices = new(() => Read("customsOfficesP5.json"));

    public static IReadOnlyList<string> ExportOffices { get; } = PolishOfficesWithRole("EXP");

    public static IReadOnlyList<string> ExitOffices { get; } = PolishOfficesWithRole("EXT");

    public static IReadOnlyList<string> PolishOffices { get; } = Offices.Value.Where(o => o.Code.StartsWith("PL", StringComparison.Ordinal)).Select(o => o.Code).ToList();

    /// <summary>Kinds of package with a number of packages (bulk V* and unpacked N* kinds left out).</summary>
    public static IReadOnlyList<string> PackedKinds { get; } = Read("kindsOfPackage.json").Select(e => e.Code).Where(c => c[0] is not ('V' or 'N')).ToList();

    /// <summary>Bulk and unpacked kinds, which carry no number of packages.</summary>
    public static IReadOnlyList<string> BulkKinds { get; } = ["VQ", "VG", "VL", "VY", "VR", "VS", "VO", "NE", "NF", "NG"];

    /// <summary>Document types (the messages carry 4 characters).</summary>
    public static IReadOnlyList<string> DocumentTypes { get; } = Read("documentTypes.json").Select(e => e.Code).Where(c => c.Length <= 4).ToList();

    public static IReadOnlyList<string> PreviousDocumentTypes { get; } = Read("previousDocumentTypes.json").Select(e => e.Code).Where(c => c.Length <= 4).ToList();

    public static IReadOnlyList<string> TransportModes { get; } = Read("transportModes.json").Select(e => e.Code).Where(c => c.Length == 1).ToList();

    private static IReadOnlyList<string> PolishOfficesWithRole(string role) =>
        Offices.Value
            .Where(o => o.Code.StartsWith("PL", StringComparison.Ordinal)
                && JsonSerializer.Deserialize<Dictionary<string, string>>(o.Attributes)!.TryGetValue("roles", out var roles)
                && roles.Split(',').Contains(role))
            .Select(o => o.Code)
            .ToList();

    private static IReadOnlyList<CodeListFileEntry> Read(string file) => CodeListFile.Parse(File.ReadAllBytes(SharedFiles.RefData(file)));
}
