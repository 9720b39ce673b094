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
            .. PartyRoles.Of(p).SelectMany(x => new[] { x.Party?.Name, x.Party?.Eori }),
            p.Representative?.Name,
            p.Representative?.Eori,
        ];
        return Join(values);
    }

    public static string Goods(CustomsDeclaration document) =>
        Join(document.Items.SelectMany(i => new[] { i.Description, i.CommodityCode }));

    /// <summary>
    /// SQLite's unicode61 tokenizer strips accents (ó, ż, ś...) but keeps letters that have no decomposition, such as
    /// Polish ł and Scandinavian ø: fold those here, for the index and for what is searched alike.
    /// </summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    'ł' => 'l',
                    'Ł' => 'L',
                    'ø' => 'o',
                    'Ø' => 'O',
                    'đ' => 'd',
                    'Đ' => 'D',
                    _ => source[i],
                };
            }
        });

    private static string Join(IEnumerable<string?> values)
    {
        var text = Fold(string.Join('\n', values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)));
        return text.Length <= MaxLength ? text : text[..MaxLength];
    }
}
