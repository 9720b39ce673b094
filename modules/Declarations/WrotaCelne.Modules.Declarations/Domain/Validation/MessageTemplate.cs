using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>Fills <c>{name}</c> placeholders of a message template; numbers and dates in the culture's form.</summary>
internal static partial class MessageTemplate
{
    public static string Render(string template, IReadOnlyDictionary<string, object?> arguments, CultureInfo culture) =>
        Placeholder().Replace(template, m => arguments.TryGetValue(m.Groups[1].Value, out var value) ? Text(value, culture) : m.Value);

    private static string Text(object? value, CultureInfo culture) => value switch
    {
        null => "",
        string text => text,
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(v => Text(v, culture))),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"\{([A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
