using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using netDumbster.smtp;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>With an SMTP server configured, handed-out passwords reach their owners by e-mail (a local fake SMTP server stands in for the mail relay).</summary>
public sealed partial class CredentialsMailTests : IAsyncLifetime
{
    private SimpleSmtpServer _smtp = null!;
    private TestHost _host = null!;

    public async Task InitializeAsync()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _smtp = SimpleSmtpServer.Start(port);
        _host = await TestHost.StartAsync(new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Mail:From"] = "clo@wrotacelne.test",
            ["Mail:PublicUrl"] = "https://clo.example.com/",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _smtp.Stop();
    }

    [Fact]
    public async Task An_approved_administrator_and_an_added_user_receive_their_sign_in_details()
    {
        var email = Api.NewEmail("poczta");
        await _host.NewClient().PostAsJsonAsync("/api/v1/registration-requests", new { name = "Pocztowa Sp. z o.o.", nip = Api.NewNip(), address = Api.Address, administratorName = "Paweł", administratorEmail = email });
        var pending = (await _host.Client.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations?status=Pending"))!.Single(o => o.RequestedAdministratorEmail == email);
        var approved = (await (await _host.Client.PostAsync($"/api/v1/organizations/{pending.Id}/approve", null)).Content.ReadFromJsonAsync<RegisteredOrganizationDto>())!;
        Assert.True(approved.CredentialsMailed);

        var message = await ReceivedByAsync(email);
        Assert.Equal("clo@wrotacelne.test", message.From.Mailboxes.Single().Address);
        var body = message.TextBody ?? "";
        Assert.Contains("https://clo.example.com/account/sign-in", body, StringComparison.Ordinal);
        Assert.Contains("Pocztowa Sp. z o.o.", body, StringComparison.Ordinal);
        Assert.Contains("Hasło jednorazowe", body, StringComparison.Ordinal);
        var password = Password().Match(body).Groups[1].Value;
        Assert.Equal(approved.AdministratorOneTimePassword, password);

        var administrator = _host.NewClient();
        await TestHost.SignInFirstTimeAsync(administrator, email, password);
        var colleague = Api.NewEmail("kolega");
        var added = (await (await administrator.PostAsJsonAsync("/api/v1/users", new { email = colleague, displayName = "Kolega", role = "Auditor" })).Content.ReadFromJsonAsync<OneTimePasswordDto>())!;
        Assert.True(added.Mailed);
        Assert.Equal(added.OneTimePassword, Password().Match((await ReceivedByAsync(colleague)).TextBody ?? "").Groups[1].Value);
    }

    [Fact]
    public async Task Without_a_reachable_server_the_password_is_still_shown_and_nothing_fails()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string> { ["Mail:Host"] = "127.0.0.1", ["Mail:Port"] = "1", ["Mail:Security"] = "None" });
        var response = await host.Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Bez poczty", nip = Api.NewNip(), address = Api.Address, administratorName = "B", administratorEmail = Api.NewEmail("bez") });
        var registered = (await response.Content.ReadFromJsonAsync<RegisteredOrganizationDto>())!;
        Assert.False(registered.CredentialsMailed);
        await TestHost.SignInFirstTimeAsync(host.NewClient(), registered.AdministratorEmail, registered.AdministratorOneTimePassword);
    }

    private async Task<MimeMessage> ReceivedByAsync(string address) =>
        await TestHost.EventuallyAsync(() =>
        {
            var raw = _smtp.ReceivedEmail.FirstOrDefault(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))?.Data;
            return Task.FromResult(raw is null ? null : MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw))));
        });

    [GeneratedRegex("Hasło jednorazowe: (\\S+)")]
    private static partial Regex Password();
}
