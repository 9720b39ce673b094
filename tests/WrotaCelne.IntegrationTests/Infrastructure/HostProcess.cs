using System.Diagnostics;

namespace WrotaCelne.IntegrationTests.Infrastructure;

/// <summary>Runs the built host executable as an operator would (<c>dotnet WrotaCelne.Host.dll migrate ...</c>).</summary>
internal static class HostProcess
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WrotaCelne.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("WrotaCelne.sln was not found above the test output folder.");
    }

    public static string HostDll()
    {
        // tests/WrotaCelne.IntegrationTests/bin/<Configuration>/net10.0/ → host/WrotaCelne.Host/bin/<Configuration>/net10.0/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var dll = Path.Combine(RepositoryRoot(), "host", "WrotaCelne.Host", "bin", configuration, output.Name, "WrotaCelne.Host.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The host is not built.", dll);
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HostDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
