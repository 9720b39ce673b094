using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Host.Composition;

namespace WrotaCelne.Host.Database;

/// <summary>
/// Takes a consistent online copy of every module database (<c>VACUUM INTO</c>) and of the
/// data-protection key ring into a new folder, checks each copy with <c>PRAGMA integrity_check</c>
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

            files.AddRange(await CopyKeyRingAsync(dataDirectory, target, cancellationToken));
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

    /// <summary>The data-protection key ring belongs with the databases: without it, protected values in them cannot be read.</summary>
    private static async Task<IReadOnlyList<BackupFile>> CopyKeyRingAsync(string dataDirectory, string target, CancellationToken cancellationToken)
    {
        var keys = Path.Combine(dataDirectory, WrotaCelneApplication.DataProtectionKeysFolder);
        if (!Directory.Exists(keys))
        {
            return [];
        }

        var keysTarget = Path.Combine(target, WrotaCelneApplication.DataProtectionKeysFolder);
        Directory.CreateDirectory(keysTarget);
        var files = new List<BackupFile>();
        foreach (var file in Directory.EnumerateFiles(keys, "*.xml"))
        {
            var copy = Path.Combine(keysTarget, Path.GetFileName(file));
            File.Copy(file, copy);
            files.Add(await DescribeAsync($"{WrotaCelneApplication.DataProtectionKeysFolder}/{Path.GetFileName(file)}", copy, cancellationToken));
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
