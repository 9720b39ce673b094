using WrotaCelne.FormatTests.Generation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>
/// Thousands of generated transit declarations the platform accepts: each serializes to a CC015C the official schemas
/// accept, and importing that CC015C gives the same canonical declaration back with nothing unmapped.
/// </summary>
public sealed class NctsGeneratedDeclarationTests
{
    private const int Count = 2000;

    [Fact]
    public async Task Every_generated_declaration_becomes_a_schema_valid_CC015C_and_comes_back_unchanged()
    {
        var generator = new TransitDeclarationGenerator(seed: 20260601);
        var seen = new TransitGeneratedSpread();
        for (var n = 0; n < Count; n++)
        {
            var declaration = generator.Next();
            await PlatformValidation.AssertValidAsync(declaration);
            seen.Add(declaration);

            var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration, $"WC-MSG-{n}"));
            Assert.True(result.Succeeded, $"{declaration.Lrn}: {string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Pointer} {e.Message}"))}");
            Assert.Empty(result.Warnings);
            var message = result.Value!;
            var schemaErrors = NctsOfficialSchemas.Errors(message.Content);
            Assert.True(schemaErrors.Count == 0, $"{declaration.Lrn}: {string.Join("; ", schemaErrors)}");

            var imported = NctsRequests.Plugin.Import(NctsRequests.Inbound(message.Content, message.FileName));
            Assert.True(imported.Succeeded, $"{declaration.Lrn}: {string.Join("; ", imported.Errors.Select(e => e.Message))}");
            Assert.Empty(imported.Warnings);
            Assert.Empty(imported.Value!.Unmapped);
            Assert.Equal("CC015C", imported.Value.MessageType);

            // The one normalisation: an absent reduced data set indicator is sent as 0 and read back as false.
            var expected = DeclarationJson.Clone(declaration);
            expected.ReducedDatasetIndicator ??= false;
            Assert.Equal(DeclarationJson.Serialize(expected), DeclarationJson.Serialize(imported.Value.Declaration));
        }

        seen.AssertBroad();
    }
}
