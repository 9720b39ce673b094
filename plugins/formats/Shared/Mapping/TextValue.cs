using System.Globalization;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// Canonical values as message text and back. Decimals keep their scale (<c>1000.50</c> stays <c>1000.50</c>), so a
/// declaration read back from its message is equal to the one written; flags are <c>1</c>/<c>0</c> as in the EU messages.
/// </summary>
internal static class TextValue
{
    public static string? Write(object? value) => value switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"Values of type {value.GetType().Name} have no text form."),
    };

    /// <summary>Reads <paramref name="text"/> as <paramref name="type"/>; false when it is not such a value.</summary>
    public static bool TryRead(string text, Type type, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        value = null;
        if (target == typeof(string))
        {
            value = text;
            return true;
        }

        if (target == typeof(decimal) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        if (target == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            value = integer;
            return true;
        }

        if (target == typeof(bool) && text is "1" or "0" or "true" or "false")
        {
            value = text is "1" or "true";
            return true;
        }

        if (target == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }

        return false;
    }
}
