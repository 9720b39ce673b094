using System.Net;
using System.Net.Http.Json;
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

    /// <summary>The operator's authenticator key (base32), as the authenticator app holds it.</summary>
    public string OperatorAuthenticatorKey { get; private set; } = "";

    /// <summary>The code an authenticator app shows now, computed by an independent TOTP implementation (Otp.NET).</summary>
    public static string CurrentCode(string base32Key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    /// <summary>Password, then (when asked) the authenticator code; returns the last response.</summary>
    public static async Task<HttpResponseMessage> SignInWithSecondFactorAsync(HttpClient client, string email, string password, string base32Key)
    {
        var first = await SignInAsync(client, email, password);
        var next = first.Headers.Location?.OriginalString;
        if (first.StatusCode != HttpStatusCode.Redirect || next is null || !next.StartsWith("/account/two-factor", StringComparison.Ordinal))
        {
            return first;
        }

        var token = await AntiforgeryTokenAsync(client, next);
        return await client.PostAsync(next, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = CurrentCode(base32Key),
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Sets up the authenticator for the account signed in on <paramref name="client"/>; returns its key.</summary>
    public static async Task<string> SetUpAuthenticatorAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/account/two-factor/setup");
        var key = SharedKeyPattern().Match(html).Groups[1].Value;
        var token = TokenPattern().Match(html).Groups[1].Value;
        var response = await client.PostAsync("/account/two-factor/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = CurrentCode(key),
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        if (!(await response.Content.ReadAsStringAsync()).Contains("id=\"recovery-codes\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The authenticator could not be set up.");
        }

        return key;
    }

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
            "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0", // the built-in gateway simulator is called through it
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
        var host = new TestHost(app, directory, new Uri(app.Urls.Single(u => u.StartsWith("https:", StringComparison.Ordinal))));
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

    /// <summary>The password every test user chooses at first sign-in.</summary>
    public const string ChosenPassword = "Wybrane-Haslo-Testowe-2026";

    /// <summary>
    /// Signs in with a handed-out password (which sends the person to choose their own) and replaces it
    /// with <see cref="ChosenPassword"/>, as a new user must before anything else.
    /// </summary>
    public static async Task SignInFirstTimeAsync(HttpClient client, string email, string oneTimePassword)
    {
        var signIn = await SignInAsync(client, email, oneTimePassword);
        if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.OriginalString != "/account/password")
        {
            throw new InvalidOperationException($"{email} could not sign in with the one-time password: {(int)signIn.StatusCode} {signIn.Headers.Location}.");
        }

        var changed = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = oneTimePassword, newPassword = ChosenPassword });
        if (changed.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"{email} could not choose a password: {(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync()}.");
        }
    }

    /// <summary>A new client signed in as the host's platform operator.</summary>
    public async Task<HttpClient> NewOperatorClientAsync()
    {
        var client = NewClient();
        var response = await SignInWithSecondFactorAsync(client, OperatorEmail, OperatorPassword, OperatorAuthenticatorKey);
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

    /// <summary>
    /// Has the operator register a new organization and returns a client signed in as its first
    /// administrator (who holds every permission of the organization), with the organization's id.
    /// </summary>
    public async Task<(HttpClient Client, Guid OrganizationId)> NewOrganizationAdministratorAsync(string name = "Agencja Celna")
    {
        var email = Api.NewEmail("admin");
        var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name, nip = Api.NewNip(), address = Api.Address, administratorName = "Ada Admin", administratorEmail = email });
        response.EnsureSuccessStatusCode();
        var body = await Api.JsonAsync(response);
        var client = NewClient();
        await SignInFirstTimeAsync(client, email, body.GetProperty("administratorOneTimePassword").GetString()!);
        return (client, body.GetProperty("organization").GetProperty("id").GetGuid());
    }

    /// <summary>After a test ended the operator's sessions: sign the shared client in again.</summary>
    public async Task SignInDefaultClientAgainAsync()
    {
        var response = await SignInWithSecondFactorAsync(Client, OperatorEmail, OperatorPassword, OperatorAuthenticatorKey);
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

        await SignInFirstTimeAsync(Client, OperatorEmail, OperatorPassword);
        OperatorPassword = ChosenPassword;

        // Two-step sign-in is mandatory for operators: set it up as a new operator must.
        OperatorAuthenticatorKey = await SetUpAuthenticatorAsync(Client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKeyPattern();
}
