using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Accounts.Domain;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Handed-out passwords expire and must be replaced; changing or resetting a password ends other sessions.</summary>
public sealed class PasswordTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_one_time_password_must_be_replaced_before_anything_else()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var email = Api.NewEmail("nowy");
        var added = (await (await administrator.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Nowy", role = "Operator" })).Content.ReadFromJsonAsync<OneTimePasswordDto>())!;
        Assert.True(added.User.MustChangePassword);

        var client = Host.NewClient();
        var signIn = await TestHost.SignInAsync(client, email, added.OneTimePassword);
        Assert.Equal("/account/password", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal("/account/password", (await client.GetAsync("/declarations")).Headers.Location?.OriginalString);

        var same = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = added.OneTimePassword, newPassword = added.OneTimePassword });
        Assert.Equal("password.same", (await Api.JsonAsync(same)).GetProperty("codes").GetProperty("newPassword")[0].GetString());
        var wrong = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "not-the-password", newPassword = TestHost.ChosenPassword });
        Assert.Equal("password.wrong", (await Api.JsonAsync(wrong)).GetProperty("codes").GetProperty("currentPassword")[0].GetString());
        var tooShort = await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = added.OneTimePassword, newPassword = "short" });
        Assert.Equal("password.tooShort", (await Api.JsonAsync(tooShort)).GetProperty("codes").GetProperty("newPassword")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/declarations")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = added.OneTimePassword, newPassword = TestHost.ChosenPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/declarations")).StatusCode); // the same session goes on
        Assert.False((await administrator.GetFromJsonAsync<UserDto>($"/api/v1/users/{added.User.Id}"))!.MustChangePassword);
        Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(Host.NewClient(), email, added.OneTimePassword)).StatusCode); // the old one is refused
    }

    [Fact]
    public async Task An_expired_one_time_password_no_longer_signs_in_and_says_so_only_to_who_knows_it()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var email = Api.NewEmail("spozniony");
        var added = (await (await administrator.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Spóźniony", role = "Operator" })).Content.ReadFromJsonAsync<OneTimePasswordDto>())!;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.PasswordExpiresAtUtc = DateTime.UtcNow.AddMinutes(-1);
            await users.UpdateAsync(user);
        }

        var expired = await TestHost.SignInAsync(Host.NewClient(), email, added.OneTimePassword);
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Contains("id=\"password-expired\"", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var guessed = await TestHost.SignInAsync(Host.NewClient(), email, "a-wrong-guess-123");
        Assert.DoesNotContain("password-expired", await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The administrator hands out a new one.
        var reset = (await (await administrator.PostAsync($"/api/v1/users/{added.User.Id}/reset-password", null)).Content.ReadFromJsonAsync<OneTimePasswordDto>())!;
        Assert.NotEqual(added.OneTimePassword, reset.OneTimePassword);
        await TestHost.SignInFirstTimeAsync(Host.NewClient(), email, reset.OneTimePassword);
    }

    [Fact]
    public async Task Changing_or_resetting_a_password_ends_the_other_sessions()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var member = await Member.AddAsync(Host, administrator, "Operator");
        var laptop = Host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInAsync(laptop, member.Email, TestHost.ChosenPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/v1/declarations")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await member.Client.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = TestHost.ChosenPassword, newPassword = "Zupelnie-Nowe-Haslo-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/api/v1/declarations")).StatusCode);

        var reset = await administrator.PostAsync($"/api/v1/users/{member.Id}/reset-password", null);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(Host.NewClient(), member.Email, "Zupelnie-Nowe-Haslo-1")).StatusCode);

        var self = await administrator.PostAsync($"/api/v1/users/{(await administrator.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!.Single(u => u.Role == "Administrator").Id}/reset-password", null);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);

        // Guessing the current password counts toward the lockout; once locked out, the session ends.
        for (var i = 0; i < 5; i++)
        {
            await administrator.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = $"guess-{i}-xxxxxxxx", newPassword = "Jeszcze-Inne-Haslo-1" });
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await administrator.GetAsync("/api/v1/users")).StatusCode);
    }
}
