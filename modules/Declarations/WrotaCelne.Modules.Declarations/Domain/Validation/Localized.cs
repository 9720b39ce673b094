using System.Globalization;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>Texts by language (<c>pl</c>, <c>en</c>): the culture's language, else Polish, the product's own.</summary>
internal static class Localized
{
    public const string Fallback = "pl";

    public static string Language(CultureInfo culture) => culture.TwoLetterISOLanguageName;

    public static string? Pick(IReadOnlyDictionary<string, string>? texts, CultureInfo culture) =>
        texts is null ? null : texts.GetValueOrDefault(Language(culture)) ?? texts.GetValueOrDefault(Fallback);
}
