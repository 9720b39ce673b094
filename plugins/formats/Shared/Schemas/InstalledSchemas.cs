using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;
using WrotaCelne.Plugins.Formats.Mapping;

namespace WrotaCelne.Plugins.Formats.Schemas;

/// <summary>
/// The official schemas the operator installed in the plugin's schema folder, compiled once. Absent (no folder, no
/// .xsd): messages are checked against the mapping only and every result says so. Broken: every call fails with
/// <see cref="MappingProblemCodes.SchemaBroken"/> until the folder is fixed and the host configures the plugin again.
/// </summary>
internal sealed class InstalledSchemas
{
    private readonly XmlSchemaSet? _set;

    private InstalledSchemas(string? directory, XmlSchemaSet? set, FormatProblem? broken)
    {
        Directory = directory;
        _set = set;
        Broken = broken;
    }

    public static InstalledSchemas NotConfigured { get; } = new(null, null, null);

    /// <summary>The folder looked at; null before the host configured the plugin.</summary>
    public string? Directory { get; }

    /// <summary>Why the installed schemas cannot be used; null when they can (or when there are none).</summary>
    public FormatProblem? Broken { get; }

    public static InstalledSchemas Load(string directory)
    {
        try
        {
            if (!System.IO.Directory.Exists(directory))
            {
                return new InstalledSchemas(directory, null, null);
            }

            var files = System.IO.Directory.EnumerateFiles(directory, "*.xsd", SearchOption.TopDirectoryOnly)
                .ToDictionary(f => Path.GetFileName(f), f => f, StringComparer.OrdinalIgnoreCase);
            if (files.Count == 0)
            {
                return new InstalledSchemas(directory, null, null);
            }

            var referenced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, path) in files)
            {
                var document = SafeXml.Load(File.ReadAllBytes(path), expectedNamespace: XmlSchema.Namespace, expectedRoots: ["schema"]);
                if (!document.Succeeded)
                {
                    return BrokenAt(directory, $"{name}: {document.Errors[0].Message}");
                }

                referenced.UnionWith(document.Value!.Root!.Elements()
                    .Where(e => e.Name.LocalName is "include" or "import" or "redefine")
                    .Select(e => (string?)e.Attribute("schemaLocation"))
                    .OfType<string>()
                    .Select(Path.GetFileName)
                    .OfType<string>());
            }

            // Compile the schemas nothing else includes; their includes are opened by name from this folder only.
            var roots = files.Keys.Where(f => !referenced.Contains(f)).ToList();
            var set = SafeXml.CompileSchemas(
                name => files.TryGetValue(name, out var path) ? File.OpenRead(path) : null,
                roots.Count > 0 ? roots : files.Keys);
            return new InstalledSchemas(directory, set, null);
        }
        catch (Exception e) when (e is XmlSchemaException or XmlException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return BrokenAt(directory, e.Message);
        }
    }

    /// <summary>Whether the installed schemas declare <paramref name="root"/> as a message.</summary>
    public bool Declares(XName root) =>
        _set is not null && _set.GlobalElements.Contains(new XmlQualifiedName(root.LocalName, root.NamespaceName));

    /// <summary>Schema errors of <paramref name="document"/>, or the warning that no installed schema covers it.</summary>
    public (IReadOnlyList<FormatProblem> Violations, FormatProblem? Absent) Check(XDocument document)
    {
        var root = document.Root!.Name;
        return Declares(root)
            ? (SafeXml.Validate(document, _set!), null)
            : ([], AbsentFor(root));
    }

    /// <summary>The warning that no installed schema covers <paramref name="root"/>; null when one does.</summary>
    public FormatProblem? AbsentFor(XName root)
    {
        if (Declares(root))
        {
            return null;
        }

        var where = Directory is null ? "no schema folder was configured" : $"schema folder {Directory}";
        var why = _set is null
            ? $"no official schema is installed ({where})"
            : $"the schemas installed in {Directory} do not declare {root.LocalName} in namespace {root.NamespaceName}";
        return new FormatProblem(FormatProblemCodes.SchemaAbsent, $"{root.LocalName} was checked against the plugin's mapping only: {why}.");
    }

    public static InstalledSchemas BrokenAt(string directory, string reason) =>
        new(directory, null, new FormatProblem(MappingProblemCodes.SchemaBroken, $"The schemas in {directory} cannot be used: {reason} Fix or remove them and restart the host."));
}
