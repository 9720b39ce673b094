using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.Host.Composition;

namespace WrotaCelne.IntegrationTests.Infrastructure;

/// <summary>The real host on a free loopback port, with its own data directory.</summary>
public sealed partial class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    public const string OperatorEmail = "operator@wrotacelne.test";

    private TestHost(WebApplication app, string dataDirectory, Uri address)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Address = address;
        Client = NewClient();
    }

    /// <summary>The one-time password of the platform operator every test host starts with.</summary>
    public string OperatorPassword { get; private set; } = "";

    public string DataDirectory { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? dataDirectory = null)
    {
        var directory = dataDirectory ?? TempDirectory.Create("host");
        var args = new List<string>
        {
            "--Kestrel:Endpoints:Https:Url=https://127.0.0.1:0",
            $"--Kestrel:Endpoints:Https:Certificate:Path={TestCertificate.Path}",
            $"--Kestrel:Endpoints:Https:Certificate:Password={TestCertificate.Password}",
            "--Modules:Accounts:SignInsPerMinute=1000",
            "--hostBuilder:reloadConfigOnChange=false",
            "--environment=Production",
            $"--DataDirectory={directory}",
            "--Messaging:PollIntervalSeconds=0.1",
            $"--Jobs:SchedulerName=test-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
        };
        args.AddRange((settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"));
        var app = await WrotaCelneApplication.CreateAsync([.. args]);
        await app.StartAsync();
        var host = new TestHost(app, directory, new Uri(app.Urls.Single()));
        if (settings?.GetValueOrDefault("Database:MigrateOnStart") != "false" && settings?.GetValueOrDefault("Modules:Accounts:Enabled") != "false")
        {
            await host.SignInDefaultClientAsOperatorAsync();
        }

        return host;
    }

    /// <summary>An anonymous client with its own cookie jar that does not follow redirects (tests look at them).</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => TestCertificate.IsOurs(certificate),
        })
        { BaseAddress = Address };

    /// <summary>Signs <paramref name="client"/> in through the sign-in form; returns the response to the form post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/account/sign-in");
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>A new client signed in as the host's platform operator.</summary>
    public async Task<HttpClient> NewOperatorClientAsync()
    {
        var client = NewClient();
        var response = await SignInAsync(client, OperatorEmail, OperatorPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The operator could not sign in: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Reads a page and returns the antiforgery token of its first form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected state was not reached in time.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>After a test ended the operator's sessions: sign the shared client in again.</summary>
    public async Task SignInDefaultClientAgainAsync()
    {
        var response = await SignInAsync(Client, OperatorEmail, OperatorPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The operator could not sign in: {(int)response.StatusCode}.");
        }
    }

    private async Task SignInDefaultClientAsOperatorAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<WrotaCelne.Modules.Accounts.Contracts.IAccountsModule>();
            var existing = await accounts.ExecuteQueryAsync(new WrotaCelne.Modules.Accounts.Contracts.Operators.CountPlatformOperators());
            if (existing > 0)
            {
                return; // a restored or reused data directory: its operator is someone else's
            }

            var created = await accounts.ExecuteCommandAsync(new WrotaCelne.Modules.Accounts.Contracts.Operators.CreatePlatformOperator(OperatorEmail, "Operator Testowy"));
            OperatorPassword = created.OneTimePassword;
        }

        var response = await SignInAsync(Client, OperatorEmail, OperatorPassword);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The operator could not sign in: {(int)response.StatusCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
