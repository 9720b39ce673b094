using System.Text;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>Text for generated transit declarations: Polish words with diacritics, sometimes right up to a field's limit.</summary>
internal static class TransitText
{
    private static readonly string[] Vocabulary =
    [
        "Zażółć", "gęślą", "jaźń", "Łódź", "Kraków", "Gdańsk", "Poznań", "Wrocław", "Białystok", "Częstochowa",
        "meble", "krzesła", "stoły", "części", "zamienne", "maszyn", "rolniczych", "odzież", "bawełniana", "obuwie",
        "skórzane", "ŻÓŁW", "ĆMA", "źdźbło", "wyroby", "stalowe", "śruby", "nakrętki", "opony", "samochodowe",
        "sp.", "z", "o.o.", "S.A.", "Przedsiębiorstwo", "Handlowe", "Usługowe", "Spółka", "jawna", "&",
    ];

    private static readonly string[] Cities = ["Łódź", "Kraków", "Gdańsk", "Poznań", "Wrocław", "Białystok", "Rzeszów", "Szczecin", "Świnoujście", "Żory"];

    /// <summary>1 to <paramref name="max"/> characters of words, no white space at either end; one time in six exactly <paramref name="max"/>.</summary>
    public static string Words(Random random, int max)
    {
        var length = random.Next(6) == 0 ? max : random.Next(1, Math.Min(max, 60) + 1);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Vocabulary[random.Next(Vocabulary.Length)]);
        }

        var result = text.ToString(0, length).Trim();
        return result.Length == 0 ? "Ł" : result;
    }

    public static string City(Random random) => Cities[random.Next(Cities.Length)];

    /// <summary>Letters and digits (A-Z, 0-9) of exactly <paramref name="length"/>.</summary>
    public static string Code(Random random, int length, string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    public static string Digits(Random random, int length) => Code(random, length, "0123456789");

    /// <summary>Printable ASCII with inner spaces, 1 to <paramref name="max"/> characters (UCR, container numbers).</summary>
    public static string Ascii(Random random, int max)
    {
        var length = random.Next(4) == 0 ? max : random.Next(1, max + 1);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var inner = i > 0 && i < length - 1;
            chars[i] = inner && random.Next(8) == 0 ? ' ' : (char)random.Next('!', '~' + 1);
        }

        return new string(chars);
    }
}
