using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.Host.Database;

/// <summary>
/// Takes a consistent online copy of every module database (<c>VACUUM INTO</c>) into a new folder,
/// checks each copy with <c>PRAGMA integrity_check</c> and writes <c>backup.json</c> describing it.
/// </summary>
internal static class BackupCommand
{
    public static async Task<BackupResult> RunAsync(IServiceProvider services, string dataDirectory, string outputFolder, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(outputFolder);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new IOException($"The backup folder {target} is not empty; choose a new folder.");
        }

        Directory.CreateDirectory(target);
        var files = new List<BackupFile>();
        foreach (var database in services.GetServices<ModuleDatabaseFile>())
        {
            var name = Path.GetFileName(database.Path);
            if (!File.Exists(database.Path))
            {
                throw new IOException($"{database.Path} does not exist; run the migrate command (or start the server) first.");
            }

            var copy = Path.Combine(target, name);
            await SqliteBackup.CopyAsync(database.Path, copy, cancellationToken);
            var integrity = await SqliteBackup.IntegrityCheckAsync(copy, cancellationToken);
            if (integrity != "ok")
            {
                throw new InvalidDataException($"The copy of {name} failed its integrity check: {integrity}");
            }

            await using var stream = File.OpenRead(copy);
            files.Add(new BackupFile(name, stream.Length, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken))));
        }

        files.AddRange(CopyKeyRing(dataDirectory, target));
        var result = new BackupResult(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), target, files);
        await File.WriteAllTextAsync(Path.Combine(target, "backup.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }), cancellationToken);
        return result;
    }

    /// <summary>The data-protection key ring belongs with the databases: without it, protected values in them cannot be read.</summary>
    private static IEnumerable<BackupFile> CopyKeyRing(string dataDirectory, string target)
    {
        var keys = Path.Combine(dataDirectory, Composition.WrotaCelneApplication.DataProtectionKeysFolder);
        if (!Directory.Exists(keys))
        {
            yield break;
        }

        var keysTarget = Path.Combine(target, Composition.WrotaCelneApplication.DataProtectionKeysFolder);
        Directory.CreateDirectory(keysTarget);
        foreach (var file in Directory.EnumerateFiles(keys, "*.xml"))
        {
            var copy = Path.Combine(keysTarget, Path.GetFileName(file));
            File.Copy(file, copy);
            var bytes = File.ReadAllBytes(copy);
            yield return new BackupFile($"{Composition.WrotaCelneApplication.DataProtectionKeysFolder}/{Path.GetFileName(file)}", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }
}

internal sealed record BackupResult(string CreatedAtUtc, string Folder, IReadOnlyList<BackupFile> Files);

internal sealed record BackupFile(string Name, long Bytes, string Sha256);
