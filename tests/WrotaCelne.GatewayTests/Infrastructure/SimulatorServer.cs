using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator;
using WrotaCelne.GatewaySimulator.Store;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>
/// The simulator in Kestrel on 127.0.0.1 with a free port, answers due at once (exit and write-off too); one per test
/// class, or one per test with its own configuration.
/// </summary>
public sealed class SimulatorServer : IAsyncLifetime
{
    public const string Login = "agencja-celna-1";
    public const string Password = "Hasło-symulatora-1";
    public const string OtherLogin = "agencja-celna-2";
    public const string OtherPassword = "Inne-hasło-2";
    public const string RejectPrefix = "ODRZUC";

    private readonly IConfiguration? configuration;
    private readonly Action<SeapSimulatorOptions>? configure;
    private readonly TimeProvider? time;
    private WebApplication? app;

    public SimulatorServer()
    {
    }

    /// <summary>A server configured by <paramref name="configuration"/> (else answers due at once), then <paramref name="configure"/>, on <paramref name="time"/>'s clock.</summary>
    internal SimulatorServer(IConfiguration? configuration, Action<SeapSimulatorOptions>? configure, TimeProvider? time = null)
    {
        this.configuration = configuration;
        this.configure = configure;
        this.time = time;
    }

    public Uri Address { get; private set; } = null!;

    public SeapSimulatorStore Store => app!.Services.GetRequiredService<SeapSimulatorStore>();

    /// <summary>Every request and response body the clients made through <see cref="Client"/>.</summary>
    public EnvelopeRecorder Recorder { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddSeapSimulator(configuration, o =>
        {
            o.Accounts[Login] = Password;
            o.Accounts[OtherLogin] = OtherPassword;
            if (configuration is null)
            {
                o.Delays = new SeapSimulatorDelays { Receipt = TimeSpan.Zero, Mrn = TimeSpan.Zero, Release = TimeSpan.Zero, Exit = TimeSpan.Zero, WriteOff = TimeSpan.Zero };
            }

            o.RejectLrnPrefixes.Add(RejectPrefix);
            configure?.Invoke(o);
        });
        app = builder.Build();
        app.MapSeapSimulator("/simulator/seap");
        await app.StartAsync();
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(new Uri(listening), "/simulator/seap");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>A client of the simulator; <paramref name="inner"/> may tamper with the way (rewrite, replay).</summary>
    public SeapClient Client(string login = Login, string password = Password, TimeProvider? time = null, Func<HttpMessageHandler, HttpMessageHandler>? inner = null)
    {
        HttpMessageHandler handler = new RecordingHandler(Recorder) { InnerHandler = new SocketsHttpHandler() };
        if (inner is not null)
        {
            handler = inner(handler);
        }

        return new SeapClient(new HttpClient(handler), new SeapEndpoint(Address, login, password), time);
    }
}
