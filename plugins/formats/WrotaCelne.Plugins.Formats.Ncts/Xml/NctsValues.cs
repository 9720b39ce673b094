using System.Globalization;

namespace WrotaCelne.Plugins.Formats.Ncts.Xml;

/// <summary>How canonical values are written as NCTS text and read back: invariant numbers, flags 0/1, ISO dates.</summary>
internal static class NctsValues
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowDecimalPoint;

    // Decimals keep their scale both ways (12.50 stays 12.50), so a round trip gives the same canonical JSON.
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    // Sequence and item numbers repeat in every message; their text is made once.
    private static readonly string[] SmallIntegers = Enumerable.Range(0, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public static string Integer(int value) =>
        (uint)value < (uint)SmallIntegers.Length ? SmallIntegers[value] : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Transport and supporting document types: NCTS Phase 5 writes the three-digit UN/EDIFACT document codes the
    /// older codelists hold (730 road consignment note) with an N in front (N730). Other codes go as they are.
    /// </summary>
    public static string? DocumentType(string? code) =>
        code is { Length: 3 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[2]) ? "N" + code : code;

    public static string Flag(bool value) => value ? "1" : "0";

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal? ParseDecimal(string text) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? ParseInteger(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool? ParseFlag(string text) => text switch
    {
        "1" => true,
        "0" => false,
        _ => null,
    };

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    /// <summary>Text as the schemas accept it: no leading or trailing white space; blank is absent.</summary>
    public static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
