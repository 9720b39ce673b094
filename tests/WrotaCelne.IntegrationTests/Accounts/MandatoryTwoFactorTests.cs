using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>An organization can make two-step sign-in mandatory for all its users.</summary>
public sealed class MandatoryTwoFactorTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Once_required_a_session_without_a_second_factor_is_sent_to_set_one_up()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync("Dwuetapowa");
        var member = await Member.AddAsync(Host, administrator, "Operator");
        var turnedOn = await administrator.PutAsJsonAsync("/api/v1/organization", new { name = "Dwuetapowa", address = Api.Address, requireTwoFactor = true });
        Assert.Equal(HttpStatusCode.OK, turnedOn.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal("/account/two-factor/setup", (await member.Client.GetAsync("/declarations")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Client.GetAsync("/api/v1/me/tokens")).StatusCode);

        var key = await TestHost.SetUpAuthenticatorAsync(member.Client);
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/api/v1/declarations")).StatusCode);

        var next = Host.NewClient();
        Assert.StartsWith("/account/two-factor", (await TestHost.SignInAsync(next, member.Email, TestHost.ChosenPassword)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInWithSecondFactorAsync(Host.NewClient(), member.Email, TestHost.ChosenPassword, key)).StatusCode);

        // The administrator's own session had no second factor either: it must set one up too.
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/api/v1/users")).StatusCode);
        await TestHost.SetUpAuthenticatorAsync(administrator);

        // A lost phone: the administrator turns the user's two-step sign-in off; the user's sessions end and it is set up anew.
        var phoneless = Host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInWithSecondFactorAsync(phoneless, member.Email, TestHost.ChosenPassword, key)).StatusCode);
        var reset = await administrator.PostAsync($"/api/v1/users/{member.Id}/reset-two-factor", null);
        Assert.False((await reset.Content.ReadFromJsonAsync<WrotaCelne.Modules.Accounts.Contracts.Users.UserDto>())!.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phoneless.GetAsync("/api/v1/declarations")).StatusCode);
        var fresh = Host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInAsync(fresh, member.Email, TestHost.ChosenPassword)).StatusCode);
        Assert.Equal("/account/two-factor/setup", (await fresh.GetAsync("/declarations")).Headers.Location?.OriginalString);
        var newKey = await TestHost.SetUpAuthenticatorAsync(fresh);
        Assert.NotEqual(key, newKey);
    }
}
