using System.Text.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Domain.Validation;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>
/// Codelist membership over the official files in ../shared/refdata, read by the product's own parser (roles
/// become the comma-separated attribute an import stores); countries and currencies are the built-in lists.
/// Counts the questions asked, to show validation asks each one once.
/// </summary>
internal sealed class RefDataCodeLists : ICodeListMembership
{
    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["customs-offices"] = "customsOfficesP5.json",
        ["kinds-of-package"] = "kindsOfPackage.json",
        ["transport-modes"] = "transportModes.json",
        ["document-types"] = "documentTypes.json",
        ["previous-document-types"] = "previousDocumentTypes.json",
    };

    private static readonly Lazy<Dictionary<string, Dictionary<string, CodeListFileEntry>>> Lists = new(() =>
        Files.ToDictionary(f => f.Key, f => CodeListFile.Parse(File.ReadAllBytes(SharedFiles.RefData(f.Value))).ToDictionary(e => e.Code, StringComparer.Ordinal)));

    private int questions;

    public int Questions => questions;

    public Task<bool> ContainsAsync(string list, string code, DateOnly day, string? attribute, string? attributeValue, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref questions);
        var entry = Lists.Value.TryGetValue(list, out var entries) ? entries.GetValueOrDefault(code) : BuiltInCodeLists.Of(list).FirstOrDefault(e => e.Code == code);
        var contains = entry is not null && (entry.ValidFrom is null || entry.ValidFrom <= day)
            && (attribute is null || (JsonSerializer.Deserialize<Dictionary<string, string>>(entry.Attributes)!.TryGetValue(attribute, out var values) && values.Split(',').Contains(attributeValue)));
        return Task.FromResult(contains);
    }
}
