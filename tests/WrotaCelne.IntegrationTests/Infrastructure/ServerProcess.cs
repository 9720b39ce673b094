using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WrotaCelne.IntegrationTests.Infrastructure;

/// <summary>
/// A built server (the host or the standalone gateway simulator) run as a process of its own, as an operator runs it,
/// so a test can kill it with SIGKILL and start it again on the same port and data. Its output goes to a log file.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _dll;
    private readonly IReadOnlyList<string> _arguments;
    private readonly Uri _readyProbe;
    private readonly HttpClient _probe;
    private Process? _process;

    private ServerProcess(string dll, IReadOnlyList<string> arguments, Uri readyProbe, string log)
    {
        _dll = dll;
        _arguments = arguments;
        _readyProbe = readyProbe;
        Log = log;
        _probe = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => TestCertificate.IsOurs(certificate) })
        {
            Timeout = TimeSpan.FromSeconds(5),
        };
    }

    /// <summary>Everything the process (every start of it) wrote.</summary>
    public string Log { get; }

    public int Starts { get; private set; }

    /// <summary>Starts <paramref name="dll"/> with <paramref name="arguments"/> and returns once <paramref name="readyProbe"/> answers (any status).</summary>
    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyList<string> arguments, Uri readyProbe, string log)
    {
        var server = new ServerProcess(dll, arguments, readyProbe, log);
        await server.StartAsync();
        return server;
    }

    /// <summary>A port on loopback nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The built DLL of a project under <c>host/</c>, in the configuration the tests run in.</summary>
    public static string BuiltDll(string project)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(HostProcess.RepositoryRoot(), "host", project, "bin", output.Parent!.Name, output.Name, project + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{project} is not built.", dll);
    }

    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The server is running.");
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(_dll);
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ASPNETCORE_URLS"] = "";
        Starts++;
        Append($"--- start {Starts} at {DateTime.UtcNow:O}");
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{_dll} did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(_dll)} exited with {process.ExitCode} while starting; log: {Log}");
            }

            try
            {
                using var answer = await _probe.GetAsync(_readyProbe);
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Path.GetFileName(_dll)} did not answer {_readyProbe} within {StartTimeout.TotalSeconds} s; log: {Log}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything (as in a power cut of the process).</summary>
    public async Task KillAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        Append($"--- killed at {DateTime.UtcNow:O}");
        process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _probe.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_probe)
        {
            File.AppendAllText(Log, line + Environment.NewLine);
        }
    }
}
