using System.Globalization;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>MRNs as NCTS gives them to transit declarations: year, PL, 12 characters, the R0410 letter, the check digit.</summary>
internal static class TransitMrn
{
    public static string For(int security, int number)
    {
        var letter = security switch
        {
            1 => 'L',
            2 => 'K',
            3 => 'M',
            _ => 'J',
        };
        var body = "26PL" + number.ToString("D12", CultureInfo.InvariantCulture) + letter;
        return body + CheckDigit.Of(body)!.Value.ToString(CultureInfo.InvariantCulture);
    }
}
