using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace WrotaCelne.Benchmarks.Hosting;

/// <summary>
/// The host's own executable as a separate process, as deployed: its thread pool, garbage collector and
/// limiters are not shared with the clients measuring it (only the cores are). HTTPS on a free loopback
/// port, on a data directory that <see cref="AccountSetup"/> prepared.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    /// <summary>The installer's default when neither appsettings nor the command line sets <c>Modules:Accounts:SignInsPerMinute</c>.</summary>
    private const int InstallerDefaultSignInsPerMinute = 10;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly LoopbackCertificate _certificate;
    private bool _disposed;

    private BenchHost(Process process, LoopbackCertificate certificate, Uri address, int signInsPerMinute)
    {
        _process = process;
        _certificate = certificate;
        Address = address;
        SignInsPerMinute = signInsPerMinute;
    }

    public Uri Address { get; }

    /// <summary>The per-address limit the host runs with.</summary>
    public int SignInsPerMinute { get; }

    /// <summary>Processor time the host process used, known once it is disposed.</summary>
    public TimeSpan ProcessorTime { get; private set; }

    /// <param name="signInsPerMinute">The per-address limit; <c>null</c> keeps the host's configured default.</param>
    /// <param name="extraArguments">More configuration for the host's command line (<c>--Key=value</c>).</param>
    public static async Task<BenchHost> StartAsync(LoopbackCertificate certificate, string dataDirectory, int? signInsPerMinute, IEnumerable<string>? extraArguments = null)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "WrotaCelne.Host.exe" : "WrotaCelne.Host");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException("The host executable is not beside the benchmark; build the benchmark project.", executable);
        }

        var address = new Uri($"https://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     $"--contentRoot={AppContext.BaseDirectory}",
                     $"--Kestrel:Endpoints:Https:Url={address}",
                     $"--Kestrel:Endpoints:Https:Certificate:Path={certificate.Path}",
                     $"--Kestrel:Endpoints:Https:Certificate:Password={certificate.Password}",
                     "--environment=Production",
                     $"--DataDirectory={dataDirectory}",
                     "--Logging:LogLevel:Default=Warning",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        if (signInsPerMinute is { } limit)
        {
            start.ArgumentList.Add($"--Modules:Accounts:SignInsPerMinute={limit}");
        }

        foreach (var argument in extraArguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        process.OutputDataReceived += (_, e) => ReportServerError(e.Data);
        process.ErrorDataReceived += (_, e) => ReportServerError(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new BenchHost(process, certificate, address, signInsPerMinute ?? ConfiguredSignInsPerMinute());
        try
        {
            await host.WaitUntilLiveAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A client with its own connection that does not follow redirects (a 302 is the sign-in's success).
    /// <paramref name="localAddress"/> picks the loopback address it connects from, so the server sees another client address.
    /// </summary>
    public HttpClient NewClient(bool useCookies, IPAddress? localAddress = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = useCookies,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => _certificate.IsOurs(certificate) },
        };
        if (localAddress is not null)
        {
            handler.ConnectCallback = (context, cancellationToken) => ConnectFromAsync(localAddress, context.DnsEndPoint, cancellationToken);
        }

        return new HttpClient(handler) { BaseAddress = Address };
    }

    /// <summary>Stops the host; safe to call again (the processor time stays readable).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Refresh();
            ProcessorTime = _process.TotalProcessorTime;
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilLiveAsync()
    {
        using var client = NewClient(useCookies: false);
        var deadline = Stopwatch.GetTimestamp() + (long)(StartTimeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"The host did not answer on {Address} within {StartTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The server logs at Warning; pass its errors on, since a failing request is part of the result.</summary>
    private static void ReportServerError(string? line)
    {
        if (line is not null && (line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal)))
        {
            Console.Error.WriteLine($"[host] {line}");
        }
    }

    private static int ConfiguredSignInsPerMinute() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddJsonFile("appsettings.Production.json", optional: true)
        .Build()
        .GetValue("Modules:Accounts:SignInsPerMinute", InstallerDefaultSignInsPerMinute);

    /// <summary>A port nobody listens on now; the host binds it a moment later.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress localAddress, DnsEndPoint server, CancellationToken cancellationToken)
    {
        var socket = new Socket(localAddress.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(localAddress, 0));
            await socket.ConnectAsync(server, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
