using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using McMaster.NETCore.Plugins;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Host.Plugins;

/// <summary>
/// Loads one plugin folder: manifest → file hashes → SDK range → isolated load with the SDK types
/// shared → eager type loading → entry type identity → configuration and first call. Every failure becomes a status
/// with a reason; nothing thrown here reaches the host.
/// </summary>
/// <param name="disabledIds">Plugin ids the operator switched off.</param>
/// <param name="schemasRoot">Where operator-installed schemas live, one folder per plugin id (format plugins are told theirs).</param>
internal sealed class PluginFolderLoader(IReadOnlySet<string> disabledIds, string schemasRoot)
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web);
    private static readonly Type[] SharedTypes = [typeof(IPlugin), typeof(IMessageFormatPlugin), typeof(ISigningProvider)];

    public (LoadedPlugin Plugin, PluginLoader? Loader) Load(string folder)
    {
        var folderName = Path.GetFileName(folder);
        var manifestPath = Path.Combine(folder, PluginManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            return (Failed(folder, folderName, null, PluginStatus.Malfunctioned, $"{PluginManifest.FileName} is missing."), null);
        }

        PluginManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(manifestPath), ManifestJson)
                ?? throw new JsonException("The manifest is empty.");
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return (Failed(folder, folderName, null, PluginStatus.Malfunctioned, $"{PluginManifest.FileName} cannot be read: {e.Message}"), null);
        }

        // "required" only demands the property; JSON null still gets through.
        var missing = MissingFields(manifest);
        if (missing.Count > 0)
        {
            return (Failed(folder, manifest.Id ?? folderName, null, PluginStatus.Malfunctioned, $"{PluginManifest.FileName} lacks: {string.Join(", ", missing)}."), null);
        }

        if (disabledIds.Contains(manifest.Id))
        {
            return (Failed(folder, manifest.Id, manifest, PluginStatus.Disabled, "Disabled by the operator (Plugins:Disabled)."), null);
        }

        var tampering = FindTampering(folder, manifest);
        if (tampering is not null)
        {
            return (Failed(folder, manifest.Id, manifest, PluginStatus.Tampered, tampering), null);
        }

        if (!VersionRange.TryParse(manifest.SdkVersionRange, out var range))
        {
            return (Failed(folder, manifest.Id, manifest, PluginStatus.Incompatible, $"The SDK version range '{manifest.SdkVersionRange}' is not valid."), null);
        }

        if (!range!.Includes(SdkInfo.Current))
        {
            return (Failed(folder, manifest.Id, manifest, PluginStatus.Incompatible, $"The plugin needs SDK {range}; this host implements SDK {SdkInfo.Current}."), null);
        }

        var expectedInterface = manifest.Kind switch
        {
            "format" => typeof(IMessageFormatPlugin),
            "signing" => typeof(ISigningProvider),
            _ => null,
        };
        if (expectedInterface is null)
        {
            return (Failed(folder, manifest.Id, manifest, PluginStatus.Incompatible, $"Unknown plugin kind '{manifest.Kind}' (expected 'format' or 'signing')."), null);
        }

        return LoadAssembly(folder, manifest, expectedInterface);
    }

    private (LoadedPlugin, PluginLoader?) LoadAssembly(string folder, PluginManifest manifest, Type expectedInterface)
    {
        var entryPath = Path.GetFullPath(Path.Combine(folder, manifest.EntryAssembly));
        if (!entryPath.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(entryPath))
        {
            return (Failed(folder, manifest.Id, manifest, PluginStatus.Malfunctioned, $"The entry assembly '{manifest.EntryAssembly}' is not in the plugin folder."), null);
        }

        PluginLoader? loader = null;
        try
        {
            loader = PluginLoader.CreateFromAssemblyFile(entryPath, SharedTypes, c => c.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            Type[] types;
            try
            {
                types = assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                var first = e.LoaderExceptions.FirstOrDefault(x => x is not null)?.Message ?? e.Message;
                return (Failed(folder, manifest.Id, manifest, PluginStatus.Malfunctioned, $"Types cannot be loaded: {first}"), loader);
            }

            var entryType = types.FirstOrDefault(t => t.FullName == manifest.EntryType);
            if (entryType is null)
            {
                return (Failed(folder, manifest.Id, manifest, PluginStatus.Malfunctioned, $"The entry type '{manifest.EntryType}' is not in {manifest.EntryAssembly}."), loader);
            }

            if (!expectedInterface.IsAssignableFrom(entryType))
            {
                var lostIdentity = entryType.GetInterfaces().Any(i => i.FullName == expectedInterface.FullName);
                var reason = lostIdentity
                    ? $"{entryType.Name} implements {expectedInterface.Name} from another SDK assembly than the host's; reference WrotaCelne.Plugins.Abstractions {SdkInfo.Current.ToString(2)} with Private=false and ExcludeAssets=runtime."
                    : $"{entryType.Name} does not implement {expectedInterface.Name}.";
                return (Failed(folder, manifest.Id, manifest, PluginStatus.Incompatible, reason), loader);
            }

            var instance = (IPlugin)Activator.CreateInstance(entryType)!;
            if (!string.Equals(instance.Id, manifest.Id, StringComparison.Ordinal))
            {
                return (Failed(folder, manifest.Id, manifest, PluginStatus.Malfunctioned, $"The plugin reports id '{instance.Id}' but its manifest says '{manifest.Id}'."), loader);
            }

            if (instance is IMessageFormatPlugin format)
            {
                format.Configure(new FormatPluginContext(Path.Combine(schemasRoot, manifest.Id)));
            }

            object capabilities = instance switch
            {
                IMessageFormatPlugin f => f.Describe(),
                ISigningProvider s => s.Describe(),
                _ => throw new InvalidOperationException("Unreachable: the entry type was checked above."),
            };
            return (new LoadedPlugin(folder, manifest.Id, manifest.Kind, manifest.Version, manifest.Publisher, PluginStatus.Active, "Loaded and verified.", instance, capabilities), loader);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A plugin boundary: whatever a broken plugin throws becomes its status, never a host failure.
            return (Failed(folder, manifest.Id, manifest, PluginStatus.Malfunctioned, $"{e.GetType().Name}: {(e.InnerException ?? e).Message}"), loader);
        }
    }

    /// <summary>Every file except the manifest must be listed with its SHA-256, and every listed file must be present.</summary>
    private static string? FindTampering(string folder, PluginManifest manifest)
    {
        if (manifest.Files is null || manifest.Files.Count == 0)
        {
            return "The manifest lists no files and hashes.";
        }

        var root = Path.GetFullPath(folder);
        var present = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f != PluginManifest.FileName)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (file, expected) in manifest.Files)
        {
            if (!present.Remove(file))
            {
                return $"'{file}' is listed in the manifest but missing.";
            }

            using var stream = File.OpenRead(Path.Combine(root, file));
            var actual = Convert.ToHexString(SHA256.HashData(stream));
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{file}' does not match its SHA-256 in the manifest.";
            }
        }

        return present.Count > 0 ? $"'{present.Order(StringComparer.Ordinal).First()}' is not listed in the manifest." : null;
    }

    private static List<string> MissingFields(PluginManifest m)
    {
        var fields = new (string Name, object? Value)[]
        {
            ("id", m.Id), ("kind", m.Kind), ("version", m.Version), ("sdkVersionRange", m.SdkVersionRange),
            ("entryAssembly", m.EntryAssembly), ("entryType", m.EntryType), ("publisher", m.Publisher), ("files", m.Files),
        };
        return fields.Where(f => f.Value is null || (f.Value is string text && string.IsNullOrWhiteSpace(text))).Select(f => f.Name).ToList();
    }

    private static LoadedPlugin Failed(string folder, string id, PluginManifest? manifest, PluginStatus status, string reason) =>
        new(folder, id, manifest?.Kind, manifest?.Version, manifest?.Publisher, status, reason, null, null);
}
