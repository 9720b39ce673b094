using System.Diagnostics;
using WrotaCelne.FormatTests.Generation;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>A second, independent validator: libxml2's xmllint over a batch of generated CC015C files in one run.</summary>
public sealed class NctsXmllintTests
{
    private const int Count = 150;

    [Fact]
    public async Task Xmllint_accepts_every_generated_CC015C()
    {
        var folder = Directory.CreateTempSubdirectory("ncts-xmllint-");
        try
        {
            var generator = new TransitDeclarationGenerator(seed: 515);
            var files = new List<string>();
            for (var n = 0; n < Count; n++)
            {
                var declaration = generator.Next();
                await PlatformValidation.AssertValidAsync(declaration);
                var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration, $"WC-MSG-{n}"));
                Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
                var file = Path.Combine(folder.FullName, $"{n:D4}_{result.Value!.FileName}");
                await File.WriteAllBytesAsync(file, result.Value.Content);
                files.Add(file);
            }

            var start = new ProcessStartInfo("xmllint") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "--noout", "--schema", Path.Combine(NctsOfficialSchemas.Folder, "cc015c.xsd") }.Concat(files))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("xmllint did not start (Debian package libxml2-utils).");
            var errors = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var report = await errors + output;

            Assert.True(process.ExitCode == 0, report.Length > 4000 ? report[..4000] : report);
            Assert.Equal(Count, report.Split('\n').Count(line => line.EndsWith(" validates", StringComparison.Ordinal)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
