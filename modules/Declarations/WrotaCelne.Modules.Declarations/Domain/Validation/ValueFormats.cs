using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>A named format a rule can ask for.</summary>
internal sealed record ValueFormat(string Name, Func<string, bool> IsValid);

/// <summary>
/// The named formats of the rules file. Whether a well-formed code exists (a currency, a country, an office) is a
/// codelist rule's question, not a format's.
/// </summary>
internal static partial class ValueFormats
{
    private static readonly Dictionary<string, ValueFormat> Formats = new ValueFormat[]
    {
        new("eori", v => Eori().IsMatch(v)),
        new("nip", IsNip),
        new("lrn", Lrn.IsValid),
        new("hs", v => CommodityCode().IsMatch(v)),
        new("unlocode", v => UnLocode().IsMatch(v)),
        new("currency", v => Currency().IsMatch(v)),
        new("country", v => Country().IsMatch(v)),
        new("office", v => Office().IsMatch(v)),
        new("mrn", Mrn.IsValid),
        new("grn", Grn.IsValid),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Formats.Keys;

    public static ValueFormat? Find(string name) => Formats.GetValueOrDefault(name);

    /// <summary>A NIP as such, after <c>PL</c>, or inside a Polish EORI built on it (<c>PL</c> + NIP + five digits).</summary>
    private static bool IsNip(string value) => NipCarrier().Match(value) is { Success: true } match && Nip.IsValid(match.Groups["nip"].ValueSpan);

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{1,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex Eori();

    [GeneratedRegex("^(?:PL)?(?<nip>[0-9]{10})$|^PL(?<nip>[0-9]{10})[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex NipCarrier();

    /// <summary>HS (6 digits), CN (8) or TARIC (10).</summary>
    [GeneratedRegex("^[0-9]{6}(?:[0-9]{2}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CommodityCode();

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnLocode();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Currency();

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Country();

    [GeneratedRegex("^[A-Z]{2}[A-Z0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Office();
}
