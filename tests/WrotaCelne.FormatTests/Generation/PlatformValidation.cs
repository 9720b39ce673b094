using System.Globalization;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.Modules.Declarations.Domain.Validation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>
/// The platform's own validator (the Declarations module's rules over the official reference data) decides what a
/// "valid canonical declaration" is. Generators assert their output passes it, so a format test never runs on a
/// declaration the platform would not let anyone send.
/// </summary>
internal static class PlatformValidation
{
    public static readonly DateOnly Day = new(2026, 6, 1);

    private static readonly RefDataCodeLists CodeLists = new();

    public static async Task<IReadOnlyList<string>> ErrorsAsync(CustomsDeclaration declaration)
    {
        var findings = await new DeclarationValidator(DeclarationRules.Default, CodeLists)
            .ValidateAsync(declaration, Day, CultureInfo.GetCultureInfo("en"), CancellationToken.None);
        return findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => $"{f.Path} {f.Rule}: {f.Message}").ToList();
    }

    public static async Task AssertValidAsync(CustomsDeclaration declaration)
    {
        var errors = await ErrorsAsync(declaration);
        Assert.True(errors.Count == 0, $"Declaration {declaration.Lrn} is not valid for the platform:\n{string.Join('\n', errors)}");
    }
}
