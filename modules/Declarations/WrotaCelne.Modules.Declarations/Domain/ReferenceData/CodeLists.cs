namespace WrotaCelne.Modules.Declarations.Domain.ReferenceData;

/// <summary>The codelists declarations are checked against, by the name the API and imports use.</summary>
internal static class CodeLists
{
    public const string Countries = "countries";
    public const string Currencies = "currencies";
    public const string TransportModes = "transport-modes";
    public const string KindsOfPackage = "kinds-of-package";
    public const string DocumentTypes = "document-types";
    public const string PreviousDocumentTypes = "previous-document-types";
    public const string CustomsOffices = "customs-offices";

    public static IReadOnlyList<string> All { get; } = [Countries, Currencies, TransportModes, KindsOfPackage, DocumentTypes, PreviousDocumentTypes, CustomsOffices];

    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
