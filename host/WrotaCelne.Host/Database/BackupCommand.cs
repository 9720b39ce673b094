using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Host.Composition;
using WrotaCelne.Host.Plugins;

namespace WrotaCelne.Host.Database;

/// <summary>
/// Takes a consistent online copy of every module database (<c>VACUUM INTO</c>), of the
/// data-protection key ring and of the installed schemas into a new folder, checks each copy with <c>PRAGMA integrity_check</c>
/// and writes <c>backup.json</c> describing it. Databases of switched-off modules are copied too
/// when they exist; a failed backup leaves no half-written folder behind.
/// </summary>
internal static class BackupCommand
{
    public static async Task<BackupResult> RunAsync(IReadOnlyList<IModuleInstaller> catalogue, EnabledModules enabled, string dataDirectory, string outputFolder, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(outputFolder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new IOException($"The backup folder {target} is not empty; choose a new folder.");
        }

        foreach (var module in enabled.Installers.Where(m => !File.Exists(Path.Combine(dataDirectory, m.DatabaseFileName))))
        {
            throw new IOException($"{Path.Combine(dataDirectory, module.DatabaseFileName)} does not exist; run the migrate command (or start the server) first.");
        }

        var created = !Directory.Exists(target);
        Directory.CreateDirectory(target);
        try
        {
            var files = new List<BackupFile>();
            foreach (var module in catalogue.Where(m => File.Exists(Path.Combine(dataDirectory, m.DatabaseFileName))))
            {
                var copy = Path.Combine(target, module.DatabaseFileName);
                await SqliteBackup.CopyAsync(Path.Combine(dataDirectory, module.DatabaseFileName), copy, cancellationToken);
                var integrity = await SqliteBackup.IntegrityCheckAsync(copy, cancellationToken);
                if (integrity != "ok")
                {
                    throw new InvalidDataException($"The copy of {module.DatabaseFileName} failed its integrity check: {integrity}");
                }

                files.Add(await DescribeAsync(module.DatabaseFileName, copy, cancellationToken));
            }

            // The key ring belongs with the databases (without it, protected values in them cannot be read);
            // the schemas the operator installed for format plugins are part of the install too.
            files.AddRange(await CopyFolderAsync(dataDirectory, target, WrotaCelneApplication.DataProtectionKeysFolder, "*.xml", cancellationToken));
            files.AddRange(await CopyFolderAsync(dataDirectory, target, PluginCatalog.SchemasFolder, "*", cancellationToken));
            var result = new BackupResult(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), target, files);
            await File.WriteAllTextAsync(Path.Combine(target, "backup.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }), cancellationToken);
            return result;
        }
        catch
        {
            if (created)
            {
                Directory.Delete(target, recursive: true);
            }
            else
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(target))
                {
                    if (Directory.Exists(entry))
                    {
                        Directory.Delete(entry, recursive: true);
                    }
                    else
                    {
                        File.Delete(entry);
                    }
                }
            }

            throw;
        }
    }

    private static async Task<IReadOnlyList<BackupFile>> CopyFolderAsync(string dataDirectory, string target, string folder, string pattern, CancellationToken cancellationToken)
    {
        var source = Path.Combine(dataDirectory, folder);
        if (!Directory.Exists(source))
        {
            return [];
        }

        var files = new List<BackupFile>();
        foreach (var file in Directory.EnumerateFiles(source, pattern, SearchOption.AllDirectories))
        {
            var relative = Path.Combine(folder, Path.GetRelativePath(source, file));
            var copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            files.Add(await DescribeAsync(relative.Replace('\\', '/'), copy, cancellationToken));
        }

        return files;
    }

    private static async Task<BackupFile> DescribeAsync(string name, string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return new BackupFile(name, stream.Length, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken)));
    }
}

internal sealed record BackupResult(string CreatedAtUtc, string Folder, IReadOnlyList<BackupFile> Files);

internal sealed record BackupFile(string Name, long Bytes, string Sha256);
