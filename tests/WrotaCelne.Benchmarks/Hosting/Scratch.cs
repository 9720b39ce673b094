namespace WrotaCelne.Benchmarks.Hosting;

/// <summary>Throw-away folders for the hosts' data directories and the certificate.</summary>
internal static class Scratch
{
    public static string NewFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "wrotacelne-bench", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Best effort: a file still held open (SQLite on some systems) must not fail a finished run.</summary>
    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not remove {folder}: {e.Message}");
        }
    }
}
