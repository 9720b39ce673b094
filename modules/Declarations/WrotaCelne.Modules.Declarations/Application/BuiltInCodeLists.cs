using System.Globalization;
using WrotaCelne.Modules.Declarations.Domain.ReferenceData;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>
/// What the product knows before an operator imports official lists: countries and currencies as the
/// platform's ICU data names them (ISO 3166 alpha-2, ISO 4217), and the EU transport modes (CL018).
/// An import of a list replaces its built-in content.
/// </summary>
internal static class BuiltInCodeLists
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<CodeListFileEntry>>> Lists = new(Build);

    public static IReadOnlyList<CodeListFileEntry> Of(string list) => Lists.Value.GetValueOrDefault(list) ?? [];

    private static IReadOnlyDictionary<string, IReadOnlyList<CodeListFileEntry>> Build()
    {
        var regions = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
            .OfType<RegionInfo>()
            .Where(r => r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
            .ToList();
        var countries = regions.DistinctBy(r => r.TwoLetterISORegionName).OrderBy(r => r.TwoLetterISORegionName, StringComparer.Ordinal)
            .Select(r => new CodeListFileEntry(r.TwoLetterISORegionName, r.EnglishName, null, "{}")).ToList();
        var currencies = regions.Where(r => r.ISOCurrencySymbol.Length == 3).DistinctBy(r => r.ISOCurrencySymbol).OrderBy(r => r.ISOCurrencySymbol, StringComparer.Ordinal)
            .Select(r => new CodeListFileEntry(r.ISOCurrencySymbol, r.CurrencyEnglishName, null, "{}")).ToList();
        IReadOnlyList<CodeListFileEntry> transportModes =
        [
            new("1", "Maritime transport", null, "{}"),
            new("2", "Rail transport", null, "{}"),
            new("3", "Road transport", null, "{}"),
            new("4", "Air transport", null, "{}"),
            new("5", "Postal consignment", null, "{}"),
            new("7", "Fixed transport installations", null, "{}"),
            new("8", "Inland waterway transport", null, "{}"),
            new("9", "Mode unknown (own propulsion)", null, "{}"),
        ];
        return new Dictionary<string, IReadOnlyList<CodeListFileEntry>>
        {
            [CodeLists.Countries] = countries,
            [CodeLists.Currencies] = currencies,
            [CodeLists.TransportModes] = transportModes,
        };
    }
}
