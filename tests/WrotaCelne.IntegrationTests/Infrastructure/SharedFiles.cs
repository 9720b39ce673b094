namespace WrotaCelne.IntegrationTests.Infrastructure;

/// <summary>
/// The shared specifications and reference data next to the repository (<c>../shared</c>), which tests
/// may read and the product never needs. <c>WROTACELNE_SHARED</c> points elsewhere.
/// </summary>
internal static class SharedFiles
{
    public static string Directory { get; } = Locate();

    public static string RefData(string file) => Path.Combine(Directory, "refdata", file);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("WROTACELNE_SHARED") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WrotaCelne.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared"));
                return System.IO.Directory.Exists(shared)
                    ? shared
                    : throw new DirectoryNotFoundException($"The shared specifications are expected at {shared} (or set WROTACELNE_SHARED).");
            }
        }

        throw new DirectoryNotFoundException("The repository root (WrotaCelne.sln) was not found above " + AppContext.BaseDirectory);
    }
}
