using System.Text.Json;
using WrotaCelne.IntegrationTests.Infrastructure;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>Real codes from ../shared/refdata for the transit generator: offices by role, kinds of package, document types.</summary>
internal static class TransitRefData
{
    private static readonly Lazy<JsonElement[]> Offices = new(() => Read("customsOfficesP5.json"));

    public static IReadOnlyList<string> PolishDepartureOffices { get; } = OfficesWith("DEP", polish: true);

    public static IReadOnlyList<string> DestinationOffices { get; } = OfficesWith("DES", polish: false);

    public static IReadOnlyList<string> TransitOffices { get; } = OfficesWith("TRA", polish: false);

    public static IReadOnlyList<string> ExitOffices { get; } = OfficesWith("EXT", polish: false);

    public static IReadOnlyList<string> AnyOffices { get; } = Offices.Value.Select(o => o.GetProperty("id").GetString()!).ToList();

    /// <summary>Kinds of package; the bulk and unpacked ones (no number of packages) separately.</summary>
    public static IReadOnlyList<string> PackageKinds { get; } = Codes("kindsOfPackage.json", _ => true);

    public static IReadOnlyList<string> BulkKinds { get; } = ["VQ", "VG", "VL", "VY", "VR", "VS", "VO", "NE", "NF", "NG"];

    /// <summary>
    /// Document types NCTS P5 accepts (4 characters) that the codelist holds. The codelist also has older 3-character
    /// codes the platform accepts and NCTS refuses; NctsSerializeTests shows what the plugin answers for one.
    /// </summary>
    public static IReadOnlyList<string> DocumentTypes { get; } = Codes("documentTypes.json", code => code.Length == 4);

    public static IReadOnlyList<string> PreviousDocumentTypes { get; } = Codes("previousDocumentTypes.json", code => code.Length == 4);

    /// <summary>One-digit transport modes (the codelist also has two-digit ones NCTS does not carry).</summary>
    public static IReadOnlyList<string> TransportModes { get; } = Codes("transportModes.json", code => code.Length == 1);

    private static List<string> OfficesWith(string role, bool polish) => Offices.Value
        .Where(o => (!polish || o.GetProperty("countryId").GetString() == "PL")
            && o.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == role))
        .Select(o => o.GetProperty("id").GetString()!)
        .Where(id => id.Length == 8)
        .ToList();

    private static List<string> Codes(string file, Func<string, bool> keep) => Read(file)
        .Where(e => !e.TryGetProperty("state", out var state) || state.GetString() == "valid")
        .Select(e => e.GetProperty("code").GetString()!)
        .Where(keep)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    private static JsonElement[] Read(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(SharedFiles.RefData(file)));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
