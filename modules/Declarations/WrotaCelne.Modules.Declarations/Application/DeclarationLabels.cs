using System.Globalization;
using WrotaCelne.Modules.Declarations.Domain.Validation;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>The UI labels of the canonical document's fields, the same ones validation findings name.</summary>
internal static class DeclarationLabels
{
    /// <param name="field">A field path with <c>[*]</c> for list entries, e.g. <c>items[*].grossMass</c>.</param>
    public static string Of(string field, CultureInfo culture) => FieldLabels.Default.Label(field, culture);
}
