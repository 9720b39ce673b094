using System.Globalization;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

internal static class SigningErrors
{
    /// <summary>An input error whose arguments the pages put into the Polish or English text of <paramref name="code"/>.</summary>
    public static InvalidInputException Invalid(string field, string code, string message, params object[] arguments) =>
        new([new FieldError(field, code, string.Format(CultureInfo.InvariantCulture, message, arguments), arguments)]);
}
