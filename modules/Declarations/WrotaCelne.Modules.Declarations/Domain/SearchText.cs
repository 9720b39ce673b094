using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>The text of a declaration the archive's full-text search looks in.</summary>
internal static class SearchText
{
    private const int MaxLength = 4000;

    public static string Parties(CustomsDeclaration document)
    {
        var p = document.Parties;
        IEnumerable<string?> values =
        [
            .. new[] { p.Holder, p.Exporter, p.Importer, p.Declarant, p.Consignor, p.Consignee, p.Carrier }.SelectMany(x => new[] { x?.Name, x?.Eori }),
            p.Representative?.Name,
            p.Representative?.Eori,
        ];
        return Join(values);
    }

    public static string Goods(CustomsDeclaration document) =>
        Join(document.Items.SelectMany(i => new[] { i.Description, i.CommodityCode }));

    private static string Join(IEnumerable<string?> values)
    {
        var text = string.Join('\n', values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
