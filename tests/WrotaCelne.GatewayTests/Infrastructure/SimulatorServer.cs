using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator;
using WrotaCelne.GatewaySimulator.Store;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>The simulator in Kestrel on 127.0.0.1 with a free port, answers due at once; one per test class.</summary>
public sealed class SimulatorServer : IAsyncLifetime
{
    public const string Login = "agencja-celna-1";
    public const string Password = "Hasło-symulatora-1";
    public const string OtherLogin = "agencja-celna-2";
    public const string OtherPassword = "Inne-hasło-2";
    public const string RejectPrefix = "ODRZUC";

    private WebApplication? app;

    public Uri Address { get; private set; } = null!;

    public SeapSimulatorStore Store => app!.Services.GetRequiredService<SeapSimulatorStore>();

    /// <summary>Every request and response body the clients made through <see cref="Client"/>.</summary>
    public EnvelopeRecorder Recorder { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSeapSimulator(configure: o =>
        {
            o.Accounts[Login] = Password;
            o.Accounts[OtherLogin] = OtherPassword;
            o.Delays = new SeapSimulatorDelays { Receipt = TimeSpan.Zero, Mrn = TimeSpan.Zero, Release = TimeSpan.Zero };
            o.RejectLrnPrefixes.Add(RejectPrefix);
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
