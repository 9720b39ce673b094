using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WrotaCelne.IntegrationTests.Plugins;

/// <summary>
/// Builds, with Roslyn, a plugin folder whose plugin was compiled against its own build of the real SDK
/// sources (another AssemblyVersion, or even another assembly name) and ships that copy beside it.
/// </summary>
internal static class FutureSdkPlugin
{
    private const string GlobalUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";

    private const string PluginSource = """
        using WrotaCelne.Plugins.Abstractions;
        namespace Acme.Future;
        public sealed class FuturePlugin : IMessageFormatPlugin
        {
            public string Id => "acme.format.future";
            public string DisplayName => "Future";
            public MessageFormatDescriptor Describe() => new("NCTS2", [DeclarationFamily.Transit], [], []);
        }
        """;

    public static string Create(string pluginsDirectory, string sdkSourceFolder, string sdkAssemblyVersion, string sdkAssemblyName = "WrotaCelne.Plugins.Abstractions")
    {
        var folder = Path.Combine(pluginsDirectory, "future-sdk");
        Directory.CreateDirectory(folder);
        var bcl = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();

        var sdkSources = Directory.GetFiles(sdkSourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(sdkSourceFolder, f).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                        && !Path.GetRelativePath(sdkSourceFolder, f).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Append(GlobalUsings)
            .Append($"[assembly: System.Reflection.AssemblyVersion(\"{sdkAssemblyVersion}\")]");
        var sdkPath = Path.Combine(folder, sdkAssemblyName + ".dll");
        Emit(sdkAssemblyName, sdkSources, bcl, sdkPath);
        var pluginPath = Path.Combine(folder, "Acme.Future.dll");
        Emit("Acme.Future", [PluginSource, GlobalUsings], [.. bcl, MetadataReference.CreateFromFile(sdkPath)], pluginPath);

        var files = new JsonObject();
        foreach (var file in new[] { sdkPath, pluginPath })
        {
            files[Path.GetFileName(file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        var manifest = new JsonObject
        {
            ["id"] = "acme.format.future",
            ["kind"] = "format",
            ["version"] = "1.0.0",
            ["sdkVersionRange"] = "[1.0,3.0)",
            ["entryAssembly"] = "Acme.Future.dll",
            ["entryType"] = "Acme.Future.FuturePlugin",
            ["publisher"] = "ACME",
            ["files"] = files,
        };
        File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest.ToJsonString());
        return folder;
    }

    private static void Emit(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference> references, string path)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Preview))),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var result = compilation.Emit(path);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{assemblyName} did not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }
    }
}
