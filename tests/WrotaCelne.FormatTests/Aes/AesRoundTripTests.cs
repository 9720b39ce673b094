using WrotaCelne.FormatTests.Data;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Aes;
using Xunit;

namespace WrotaCelne.FormatTests.Aes;

/// <summary>
/// Hundreds of generated export declarations the platform accepts: each serializes to CC515C with no error and only
/// the schema.absent warning, and imports back to the same canonical JSON with nothing unmapped. The only
/// normalisation is the plugin's own: the family comes from the message type, the model version is the current one.
/// </summary>
public sealed class AesRoundTripTests
{
    private static readonly AesFormatPlugin Plugin = Messages.Configured<AesFormatPlugin>();

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Generated_export_declarations_serialize_and_import_unchanged(int seed)
    {
        var declaration = ExportDeclarations.Generate(seed);
        await PlatformValidation.AssertValidAsync(declaration);

        var sent = Plugin.Serialize(Messages.Request("CC515C", declaration));

        Assert.True(sent.Succeeded, string.Join("\n", sent.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(FormatProblemCodes.SchemaAbsent, Assert.Single(sent.Warnings).Code);
        var imported = Plugin.Import(Messages.Inbound(sent.Value!.Content));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors.Select(e => e.Message)));
        Assert.Empty(imported.Value!.Unmapped);
        Assert.Equal("CC515C", imported.Value.MessageType);
        Assert.Equal(DeclarationJson.Serialize(declaration), DeclarationJson.Serialize(imported.Value.Declaration));
    }

    public static TheoryData<int> AmendmentSeeds() => [.. Enumerable.Range(1001, 30)];

    [Theory]
    [MemberData(nameof(AmendmentSeeds))]
    public void Generated_amendments_carry_the_mrn_and_import_unchanged(int seed)
    {
        var declaration = ExportDeclarations.Generate(seed);
        declaration.Mrn = "21DE27364916384836";

        var sent = Plugin.Serialize(Messages.Request("CC513C", declaration));

        Assert.True(sent.Succeeded, string.Join("\n", sent.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        var imported = Plugin.Import(Messages.Inbound(sent.Value!.Content)).Value!;
        Assert.Equal("CC513C", imported.MessageType);
        Assert.Empty(imported.Unmapped);
        Assert.Equal(DeclarationJson.Serialize(declaration), DeclarationJson.Serialize(imported.Declaration));
    }
}
