using WrotaCelne.FormatTests.Data;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ais;
using Xunit;

namespace WrotaCelne.FormatTests.Ais;

/// <summary>
/// Hundreds of generated import declarations the platform accepts: each serializes to ZC415 with no error and only
/// the schema.absent warning, and imports back to the same canonical JSON with nothing unmapped (the family comes
/// from the message type, the model version is the current one).
/// </summary>
public sealed class AisRoundTripTests
{
    private static readonly AisFormatPlugin Plugin = Messages.Configured<AisFormatPlugin>();

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Generated_import_declarations_serialize_and_import_unchanged(int seed)
    {
        var declaration = ImportDeclarations.Generate(seed);
        await PlatformValidation.AssertValidAsync(declaration);

        var sent = Plugin.Serialize(Messages.Request("ZC415", declaration));

        Assert.True(sent.Succeeded, string.Join("\n", sent.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal(FormatProblemCodes.SchemaAbsent, Assert.Single(sent.Warnings).Code);
        var imported = Plugin.Import(Messages.Inbound(sent.Value!.Content));
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors.Select(e => e.Message)));
        Assert.Empty(imported.Value!.Unmapped);
        Assert.Equal("ZC415", imported.Value.MessageType);
        Assert.Equal(DeclarationJson.Serialize(declaration), DeclarationJson.Serialize(imported.Value.Declaration));
    }
}
