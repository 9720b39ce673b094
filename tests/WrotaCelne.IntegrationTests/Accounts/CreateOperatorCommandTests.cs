using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>The install's first operator, created from the command line as an IT admin would.</summary>
public sealed partial class CreateOperatorCommandTests
{
    [Fact]
    public async Task The_printed_one_time_password_signs_the_operator_in()
    {
        var data = TempDirectory.Create("operator");
        var (exit, output, error) = await HostProcess.RunAsync("create-operator", "--email", "anna.nowak@agencja.test", "--name", "Anna Nowak", $"--DataDirectory={data}");
        Assert.True(exit == 0, error);
        var password = PasswordLine().Match(output).Groups[1].Value;
        Assert.Equal(20, password.Length);

        await using var host = await TestHost.StartAsync(dataDirectory: data);
        var client = host.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/admin/plugins")).StatusCode);
        // The printed password is handed out: it signs in once, and she must choose her own before anything else.
        var signIn = await TestHost.SignInAsync(client, "anna.nowak@agencja.test", password);
        Assert.Equal("/account/password", signIn.Headers.Location?.OriginalString);
        var waiting = await client.GetAsync("/admin/plugins");
        Assert.Equal("/account/password", waiting.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = password, newPassword = TestHost.ChosenPassword })).StatusCode);
        Assert.Contains("Anna Nowak", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(host.NewClient(), "anna.nowak@agencja.test", password)).StatusCode); // the printed one no longer works
        password = TestHost.ChosenPassword;

        // Password alone is not enough for an operator: the console sends her to set up two-step sign-in.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/plugins")).StatusCode);
        var console = await client.GetAsync("/admin/plugins");
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        Assert.Equal("/account/two-factor/setup", console.Headers.Location!.OriginalString);
        var key = await TestHost.SetUpAuthenticatorAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/plugins")).StatusCode);

        // From now on her sign-in takes both steps.
        var next = host.NewClient();
        var first = await TestHost.SignInAsync(next, "anna.nowak@agencja.test", password);
        Assert.StartsWith("/account/two-factor", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await next.GetAsync("/api/v1/admin/plugins")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInWithSecondFactorAsync(next, "anna.nowak@agencja.test", password, key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/api/v1/admin/plugins")).StatusCode);
    }

    [Fact]
    public async Task The_same_email_twice_or_a_bad_email_is_refused()
    {
        var data = TempDirectory.Create("operator-twice");
        Assert.Equal(0, (await HostProcess.RunAsync("create-operator", "--email", "jan@agencja.test", "--name", "Jan", $"--DataDirectory={data}")).ExitCode);

        var twice = await HostProcess.RunAsync("create-operator", "--email", "jan@agencja.test", "--name", "Jan", $"--DataDirectory={data}");
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("already exists", twice.Error, StringComparison.Ordinal);

        var bad = await HostProcess.RunAsync("create-operator", "--email", "not-an-address", "--name", "Jan", $"--DataDirectory={data}");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("e-mail", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_create_operator()
    {
        var (exit, output, _) = await HostProcess.RunAsync("--help");
        Assert.Equal(0, exit);
        Assert.Contains("create-operator", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"One-time password \(shown only now\): (\S+)")]
    private static partial Regex PasswordLine();
}
