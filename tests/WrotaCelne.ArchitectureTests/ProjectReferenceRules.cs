using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WrotaCelne.ArchitectureTests;

/// <summary>
/// The "who may reference whom" table, checked on the project files themselves: a reference that is
/// declared but not yet used leaves no trace in the compiled assembly, so type rules alone would miss it.
/// </summary>
internal static partial class ProjectReferenceRules
{
    public static IReadOnlyList<string> CheckRepository(string root)
    {
        var violations = new List<string>();
        foreach (var project in Directory.EnumerateFiles(Path.Combine(root, "modules"), "*.csproj", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "plugins"), "*.csproj", SearchOption.AllDirectories))
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "host"), "*.csproj", SearchOption.AllDirectories)))
        {
            var document = XDocument.Load(project);
            var projectDirectory = Path.GetDirectoryName(project)!;
            var references = document.Descendants("ProjectReference").ToList();
            var paths = references.Select(r => Relative(root, Path.GetFullPath(Path.Combine(projectDirectory, r.Attribute("Include")!.Value.Replace('\\', '/'))))).ToList();
            var excludesRuntime = references.All(r => r.Attribute("ExcludeAssets")?.Value == "runtime" && r.Attribute("Private")?.Value == "false");
            violations.AddRange(Check(Relative(root, project), paths, excludesRuntime));
        }

        return violations;
    }

    /// <summary>Checks one project's references (paths relative to the repository root, forward slashes).</summary>
    public static IReadOnlyList<string> Check(string project, IReadOnlyList<string> references, bool pluginReferencesExcludeRuntime)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        Func<string, bool> allowed;
        if (name == "WrotaCelne.BuildingBlocks" || name == "WrotaCelne.Plugins.Abstractions")
        {
            allowed = _ => false;
        }
        else if (name == "WrotaCelne.BuildingBlocks.Infrastructure")
        {
            allowed = r => Name(r) is "WrotaCelne.BuildingBlocks" or "WrotaCelne.Plugins.Abstractions";
        }
        else if (ModuleContracts().IsMatch(name))
        {
            allowed = r => Name(r) is "WrotaCelne.BuildingBlocks" or "WrotaCelne.Plugins.Abstractions";
        }
        else if (ModuleImplementation().IsMatch(name))
        {
            allowed = r => Name(r) is "WrotaCelne.BuildingBlocks" or "WrotaCelne.BuildingBlocks.Infrastructure" or "WrotaCelne.Plugins.Abstractions"
                           || ModuleContracts().IsMatch(Name(r));
        }
        else if (project.StartsWith("plugins/", StringComparison.Ordinal))
        {
            if (!pluginReferencesExcludeRuntime)
            {
                return [$"{project}: a plugin references the SDK with Private=false and ExcludeAssets=runtime, so the host's copy is the one loaded."];
            }

            allowed = r => Name(r) == "WrotaCelne.Plugins.Abstractions";
        }
        else if (name == "WrotaCelne.GatewaySimulator")
        {
            // The simulator plays the administration: shared infrastructure and the SDK's safe XML only, never a
            // module (it must not know the product's inside) and never plugin code (schemas are embedded as files).
            allowed = r => Name(r) is "WrotaCelne.BuildingBlocks" or "WrotaCelne.BuildingBlocks.Infrastructure" or "WrotaCelne.Plugins.Abstractions";
        }
        else if (name == "WrotaCelne.GatewaySimulator.Server")
        {
            allowed = r => Name(r) == "WrotaCelne.GatewaySimulator";
        }
        else if (project.StartsWith("host/", StringComparison.Ordinal))
        {
            // The host composes modules and loads plugins as folders: it never links a plugin project.
            allowed = r => !r.StartsWith("plugins/", StringComparison.Ordinal) || Name(r) == "WrotaCelne.Plugins.Abstractions";
        }
        else
        {
            return [];
        }

        return references.Where(r => !allowed(r)).Select(r => $"{project} must not reference {r}.").ToList();
    }

    private static string Name(string path) => Path.GetFileNameWithoutExtension(path);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex(@"^WrotaCelne\.Modules\.[A-Za-z0-9]+\.Contracts$")]
    private static partial Regex ModuleContracts();

    [GeneratedRegex(@"^WrotaCelne\.Modules\.[A-Za-z0-9]+$")]
    private static partial Regex ModuleImplementation();
}
