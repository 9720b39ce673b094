using System.Text;
using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>
/// Turns what a person typed into an FTS5 query: every word must appear, as a whole word or the beginning of one.
/// Words are quoted, so nothing typed is read as FTS5 syntax.
/// </summary>
internal static partial class FullTextQuery
{
    private const int MaxWords = 8;

    /// <returns>The query, or null when the text holds no word.</returns>
    public static string? From(string? text, string? column = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Word().Matches(Domain.SearchText.Fold(text)).Select(m => m.Value).Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var phrases = new StringBuilder();
        foreach (var word in words)
        {
            phrases.Append(phrases.Length == 0 ? "" : " AND ").Append('"').Append(word).Append("\"*");
        }

        return column is null ? phrases.ToString() : $"{column} : ({phrases})";
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
