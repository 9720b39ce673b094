using System.Globalization;
using WrotaCelne.Benchmarks.Hosting;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Generated data directories kept between runs under the temp folder, one per size and generator version. A kept
/// directory is brought up to the module's newest migration before use, as an upgraded installation is. A run copies
/// the kept directory and works on the copy, so what a run writes never reaches the next run.
/// </summary>
internal static class ArchiveCache
{
    /// <summary>Raised whenever the generator makes different data.</summary>
    public const int GeneratorVersion = 2; // 2: Polish EORIs carry a valid NIP

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "wrotacelne-bench", "archive-cache");

    /// <returns>The kept folder (its data directory is <c>data</c> in it) and its data set; generated first when there is none or <paramref name="regenerate"/>.</returns>
    public static async Task<(string Folder, ArchiveDataSet DataSet, bool Generated)> GetOrCreateAsync(int declarations, bool regenerate, LoopbackCertificate certificate)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{declarations}-g{GeneratorVersion}");
        var folder = Path.Combine(Root, key);
        if (!regenerate && ArchiveDataSet.TryRead(folder) is { } kept)
        {
            Console.WriteLine($"Using the data generated {kept.GeneratedAt:yyyy-MM-dd HH:mm} UTC, kept in {folder}.");
            await ArchiveWriter.MigrateAsync(Path.Combine(folder, "data"));
            return (folder, kept, false);
        }

        var building = Path.Combine(Root, $"{key}.building-{Guid.NewGuid():N}");
        try
        {
            var dataSet = await ArchiveDataSetBuilder.BuildAsync(Path.Combine(building, "data"), declarations, certificate);
            dataSet.WriteTo(building);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(building, folder);
            Console.WriteLine($"Generated in {dataSet.GenerationTime.TotalSeconds:0} s, kept in {folder} for the next run.");
            return (folder, dataSet, true);
        }
        catch
        {
            Scratch.Delete(building);
            throw;
        }
    }

    /// <summary>Copies a kept data directory for one run.</summary>
    public static void CopyData(string folder, string destination)
    {
        var source = Path.Combine(folder, "data");
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, directory)));
        }

        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(destination, Path.GetRelativePath(source, file)));
        }
    }
}
