using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>The message that lodges a declaration of each family.</summary>
internal static class DeclarationMessageTypes
{
    public static string Lodging(DeclarationFamily family) => family switch
    {
        DeclarationFamily.Transit => "CC015C",
        DeclarationFamily.Export => "CC515C",
        _ => "ZC415",
    };

    /// <summary>The administration's end of every message (the national customs application).</summary>
    public const string Recipient = "NTA.PL";

    /// <summary>Who lodges: the declarant, else the representative, else the holder, exporter or importer.</summary>
    public static string? Sender(CustomsDeclaration document)
    {
        var p = document.Parties;
        return new[] { p.Declarant?.Eori, p.Representative?.Eori, p.Holder?.Eori, p.Exporter?.Eori, p.Importer?.Eori }.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
    }
}
