using System.Net;
using System.Text.RegularExpressions;

namespace WrotaCelne.Benchmarks.Http;

/// <summary>The antiforgery token of a page's first form, as a browser would post it back.</summary>
internal static partial class AntiforgeryToken
{
    public static string In(string html, string path) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException($"{path} has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
