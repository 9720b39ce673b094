using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using WrotaCelne.GatewaySimulator.Store;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.IntegrationTests.Signing;
using WrotaCelne.Modules.Accounts.Contracts.Tokens;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using Xunit;
using Xunit.Abstractions;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>
/// The host is killed with SIGKILL at random moments while an ERP integration sends 200 declarations and while the
/// answers come back, and started again each time. The gateway (the standalone simulator, a process of its own, so it
/// remembers across the host's deaths) must take each LRN exactly once, every declaration must reach its end, nothing
/// may be left half-done in the outbox or the inbox, and every database must pass SQLite's integrity check.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Declarations = 200;
    private const string Login = "agencja-crash";
    private const string GatewayPassword = "Haslo-Bramki-Crash-1";
    private const string Accepted = "CRASH-";
    private const string Rejected = "CRASHR-"; // every tenth: the simulator rejects these (CC056C)

    [Fact]
    public async Task Two_hundred_declarations_reach_their_end_once_each_while_the_host_is_killed_at_random_moments()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("WROTACELNE_CRASH_SEED"), CultureInfo.InvariantCulture, out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"seed {seed} (WROTACELNE_CRASH_SEED repeats a run)");
        var random = new Random(seed);
        var folder = TempDirectory.Create("crash");
        var data = Path.Combine(folder, "data");
        await using var simulator = await StartSimulatorAsync(folder);
        var gateway = new Uri($"{simulator.Address}seap");

        var (token, credentialId, drafts) = await SetUpAsync(data, gateway);
        var hostPort = ServerProcess.FreePort();
        var address = new Uri($"https://127.0.0.1:{hostPort}/");
        await using var host = await ServerProcess.StartAsync(
            ServerProcess.BuiltDll("WrotaCelne.Host"), HostArguments(data, hostPort, gateway), new Uri(address, "health/live"), Path.Combine(folder, "host.log"));
        using var erp = Client(address, token);

        var sending = SendAllAsync(erp, drafts, credentialId);
        var kills = 0;
        while (!sending.IsCompleted || kills < 6)
        {
            await Task.WhenAny(sending, Task.Delay(random.Next(300, 3000)));
            await host.KillAsync();
            kills++;
            await host.StartAsync();
            if (sending.IsFaulted)
            {
                break;
            }
        }

        await sending;
        var ended = await AllEndedAsync(erp, drafts, host.Log);
        var databases = new[] { "accounts.db", "declarations.db", "support.db", "billing.db" }.Select(d => Path.Combine(data, d)).ToList();
        var declarations = Path.Combine(data, "declarations.db");
        await TestHost.EventuallyAsync(() => Task.FromResult(databases.All(Drained) && Scalar(declarations, PendingLookups) is 0L ? "settled" : null), TimeSpan.FromSeconds(30));
        await host.KillAsync(); // the checks below read what a crash left behind

        output.WriteLine($"{kills + 1} kills, {host.Starts} starts; log {host.Log}");
        Assert.All(drafts, d => Assert.Equal(d.Lrn.StartsWith(Rejected, StringComparison.Ordinal) ? "Rejected" : "WrittenOff", ended[d.Id]));
        var accepted = await simulator.AcceptedAsync();
        Assert.All(drafts, d => Assert.Single(accepted, a => a.Lrn == d.Lrn));
        Assert.Equal(drafts.Count, accepted.Count(a => a.Login == Login));

        foreach (var database in databases)
        {
            Assert.Equal("ok", Scalar(database, "PRAGMA integrity_check"));
            Assert.True(Drained(database), $"{database} has integration events not delivered or not handled.");
        }

        Assert.Equal(0L, Scalar(declarations, "SELECT count(*) FROM submissions WHERE State <> 'Sent' OR LeaseId IS NOT NULL"));
        Assert.Equal(0L, Scalar(declarations, PendingLookups));
        Assert.Equal((long)drafts.Count, Scalar(declarations, "SELECT count(*) FROM submissions"));
        Assert.Equal(0L, Scalar(declarations, "SELECT count(*) FROM declaration_messages WHERE Direction = 'Inbound' AND (ProcessedAtUtc IS NULL OR DeclarationId IS NULL)"));

        // Each declaration: its one signed message out, and every answer once (UPO, MRN, release, write-off, or UPO and rejection).
        var perDeclaration = Rows(declarations, "SELECT d.Lrn, sum(m.Direction = 'Outbound'), sum(m.Direction = 'Inbound') FROM declarations d JOIN declaration_messages m ON m.DeclarationId = d.Id GROUP BY d.Lrn");
        Assert.Equal(drafts.Count, perDeclaration.Count);
        Assert.All(perDeclaration, row => Assert.Equal((1L, row.Lrn.StartsWith(Rejected, StringComparison.Ordinal) ? 2L : 4L), (row.Out, row.In)));
    }

    private static async Task<(string Token, Guid CredentialId, List<DraftDto> Drafts)> SetUpAsync(string data, Uri gateway)
    {
        // The organization, its gateway login, key file, token and drafts are made by an in-process host on the same
        // data directory, which then stops: the process host below starts from what an office would have.
        await using var setup = await TestHost.StartAsync(new Dictionary<string, string> { ["Modules:Declarations:Gateway:Test"] = gateway.ToString() }, data);
        var (administrator, _) = await setup.NewOrganizationAdministratorAsync("Agencja Awaryjna");
        var settings = await administrator.PutAsJsonAsync("/api/v1/declarations/gateway", new { environment = "test", login = Login, password = GatewayPassword });
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja Awaryjna", TimeSpan.FromDays(365), out _), []);
        var created = await administrator.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ERP", permissions = new[] { "declarations.view", "declarations.sign", "declarations.submit" }, expiresInDays = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<CreatedApiTokenDto>())!.Token;
        var drafts = new List<DraftDto>(Declarations);
        for (var i = 0; i < Declarations; i++)
        {
            drafts.Add(await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), $"{(i % 10 == 9 ? Rejected : Accepted)}{i:D4}"));
        }

        SqliteConnection.ClearAllPools();
        return (token, credential.Id, drafts);
    }

    private static IReadOnlyList<string> HostArguments(string data, int port, Uri gateway) =>
    [
        $"--DataDirectory={data}",
        $"--Kestrel:Endpoints:Https:Url=https://127.0.0.1:{port}",
        $"--Kestrel:Endpoints:Https:Certificate:Path={TestCertificate.Path}",
        $"--Kestrel:Endpoints:Https:Certificate:Password={TestCertificate.Password}",
        "--environment=Production",
        "--GatewaySimulator:Enabled=false",
        $"--Modules:Declarations:Gateway:Test={gateway}",
        "--Modules:Declarations:Gateway:DispatchInterval=00:00:00.200",
        "--Modules:Declarations:Gateway:PollInterval=00:00:00.300",
        "--Modules:Declarations:Gateway:Timeout=00:00:10",
        "--Modules:Declarations:Gateway:FirstRetryAfter=00:00:00.500",
        "--Modules:Declarations:Gateway:LookupAfter=00:00:03",
        "--Modules:Declarations:Gateway:ReceiptWait=00:00:20",
        "--Messaging:PollIntervalSeconds=0.2",
        "--Logging:LogLevel:Default=Warning",
    ];

    /// <summary>Sends every draft (two clients at once), riding out the host's deaths: after a failed call it asks where the declaration is before trying again.</summary>
    private static async Task SendAllAsync(HttpClient erp, List<DraftDto> drafts, Guid credentialId)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < drafts.Count; i = Interlocked.Increment(ref next))
            {
                await SendAsync(erp, drafts[i].Id, credentialId);
            }
        }));
    }

    private static async Task SendAsync(HttpClient erp, Guid id, Guid credentialId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (true)
        {
            try
            {
                if (await StatusAsync(erp, id) is not ("Draft" or "Signed"))
                {
                    return; // queued by an earlier call whose answer the crash swallowed
                }

                using var sent = await erp.PostAsJsonAsync($"/api/v1/declarations/{id}/submit", new { credentialId });
                if (sent.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                Assert.True(sent.StatusCode >= HttpStatusCode.InternalServerError, $"Sending {id} was refused: {(int)sent.StatusCode} {await sent.Content.ReadAsStringAsync()}");
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"Declaration {id} could not be sent for 3 minutes.");
            await Task.Delay(200);
        }
    }

    private static async Task<Dictionary<Guid, string>> AllEndedAsync(HttpClient erp, List<DraftDto> drafts, string log)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(4);
        while (true)
        {
            var statuses = new Dictionary<Guid, string>();
            try
            {
                for (var page = 1; ; page++)
                {
                    var found = (await erp.GetFromJsonAsync<DeclarationPage>($"/api/v1/declarations?pageSize=200&page={page}"))!;
                    foreach (var item in found.Items)
                    {
                        statuses[item.Id] = item.Status;
                    }

                    if (!found.HasMore)
                    {
                        break;
                    }
                }
            }
            catch (HttpRequestException)
            {
            }

            var open = drafts.Where(d => statuses.GetValueOrDefault(d.Id) is not ("WrittenOff" or "Rejected")).ToList();
            if (open.Count == 0)
            {
                return statuses;
            }

            Assert.True(
                DateTime.UtcNow < deadline,
                $"{open.Count} declarations did not end: {string.Join(", ", open.Take(10).Select(d => $"{d.Lrn} {statuses.GetValueOrDefault(d.Id)}"))}; log {log}");
            await Task.Delay(500);
        }
    }

    private static async Task<string?> StatusAsync(HttpClient erp, Guid id) => (await erp.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{id}"))?.Status;

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => TestCertificate.IsOurs(certificate) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(20),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Sent declarations whose closing look-up of answers (after the last one, see AnswerLookupPolicy) is still to come.</summary>
    private const string PendingLookups = "SELECT count(*) FROM submissions WHERE NextLookupAtUtc IS NOT NULL";

    /// <summary>Every integration event in the module's outbox was delivered and every one in its inbox handled.</summary>
    private static bool Drained(string database) =>
        Scalar(database, "SELECT (SELECT count(*) FROM outbox_messages WHERE DispatchedAtUtc IS NULL) + (SELECT count(*) FROM inbox_messages WHERE ProcessedAtUtc IS NULL)") is 0L;

    private static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<(string Lrn, long Out, long In)> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return rows;
    }

    private static async Task<SimulatorProcess> StartSimulatorAsync(string folder)
    {
        var port = ServerProcess.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var process = await ServerProcess.StartAsync(
            ServerProcess.BuiltDll("WrotaCelne.GatewaySimulator.Server"),
            [
                $"--urls={address}",
                "--GatewaySimulator:Path=/seap",
                "--GatewaySimulator:InspectionPath=/accepted",
                $"--GatewaySimulator:Accounts:{Login}={GatewayPassword}",
                "--GatewaySimulator:Delays:Receipt=00:00:00.300",
                "--GatewaySimulator:Delays:Mrn=00:00:00.500",
                "--GatewaySimulator:Delays:Release=00:00:00.500",
                "--GatewaySimulator:Delays:WriteOff=00:00:00.500",
                $"--GatewaySimulator:RejectLrnPrefixes:0={Rejected}",
                "--Logging:LogLevel:Default=Warning",
            ],
            new Uri(address, "accepted"),
            Path.Combine(folder, "simulator.log"));
        return new SimulatorProcess(process, address);
    }

    /// <summary>The standalone gateway simulator: it outlives the host's deaths, as the real gateway would.</summary>
    private sealed class SimulatorProcess(ServerProcess process, Uri address) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public async Task<List<AcceptedDocument>> AcceptedAsync()
        {
            using var client = new HttpClient { BaseAddress = Address };
            return (await client.GetFromJsonAsync<List<AcceptedDocument>>("accepted"))!;
        }

        public ValueTask DisposeAsync() => process.DisposeAsync();
    }
}
