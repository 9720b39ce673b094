using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Domain;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Sign-in security: lockout, no user enumeration, CSRF, cookie, sessions, access to operator pages.</summary>
public sealed class SignInTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_five_minutes_even_against_the_right_one()
    {
        var (email, password) = await CreateUserAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(Host.NewClient(), email, "wrong password " + i)).StatusCode);
        }

        var locked = await TestHost.SignInAsync(Host.NewClient(), email, password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("sign-in", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = Host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByEmailAsync(email);
        Assert.True(user!.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(4));
        Assert.True(user.LockoutEnd < DateTimeOffset.UtcNow.AddMinutes(6));
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        var (email, _) = await CreateUserAsync();
        var nobody = $"nobody-{Guid.NewGuid():N}@example.com";
        var unknown = await TestHost.SignInAsync(Host.NewClient(), nobody, "whatever password");
        var wrong = await TestHost.SignInAsync(Host.NewClient(), email, "whatever password");
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(Normalize(await unknown.Content.ReadAsStringAsync(), nobody), Normalize(await wrong.Content.ReadAsStringAsync(), email));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_the_answer_does_not_say_why()
    {
        var (email, password) = await CreateUserAsync(disabled: true);
        var response = await TestHost.SignInAsync(Host.NewClient(), email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        var (email, password) = await CreateUserAsync();
        var client = Host.NewClient();
        await client.GetAsync("/account/sign-in");
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_a_host_only_secure_http_only_session_cookie()
    {
        var (email, password) = await CreateUserAsync();
        var response = await TestHost.SignInAsync(Host.NewClient(), email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-WrotaCelne=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("expires=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_or_reused_recovery_code_does_not_complete_a_sign_in_but_a_fresh_one_does()
    {
        var (email, password) = await CreateUserAsync();
        var client = Host.NewClient();
        await TestHost.SignInAsync(client, email, password);
        var key = await TestHost.SetUpAuthenticatorAsync(client);
        string[] codes;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = await users.FindByEmailAsync(email);
            codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user!, 2))!.ToArray();
        }

        async Task<HttpResponseMessage> SecondStep(string code, bool recovery)
        {
            var attempt = Host.NewClient();
            var first = await TestHost.SignInAsync(attempt, email, password);
            var next = first.Headers.Location!.OriginalString;
            var token = await TestHost.AntiforgeryTokenAsync(attempt, next);
            var form = new Dictionary<string, string> { ["Input.Code"] = code, ["__RequestVerificationToken"] = token };
            if (recovery)
            {
                form["Input.IsRecoveryCode"] = "true";
            }

            return await attempt.PostAsync(next, new FormUrlEncodedContent(form));
        }

        Assert.Equal(HttpStatusCode.OK, (await SecondStep("000000", recovery: false)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SecondStep("not-a-code", recovery: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStep(codes[0], recovery: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SecondStep(codes[0], recovery: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStep(TestHost.CurrentCode(key), recovery: false)).StatusCode);
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_towards_lockout_and_a_disabled_user_cannot_finish_with_one()
    {
        var (email, password) = await CreateUserAsync();
        var client = Host.NewClient();
        await TestHost.SignInAsync(client, email, password);
        var key = await TestHost.SetUpAuthenticatorAsync(client);
        string code;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 1))!.Single();
        }

        // Password right, then five wrong recovery codes: the account locks, and even the authenticator code no longer helps.
        var attempt = Host.NewClient();
        var next = (await TestHost.SignInAsync(attempt, email, password)).Headers.Location!.OriginalString;
        for (var i = 0; i < 5; i++)
        {
            var token = await TestHost.AntiforgeryTokenAsync(attempt, next);
            await attempt.PostAsync(next, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Code"] = $"wrong-{i}", ["Input.IsRecoveryCode"] = "true", ["__RequestVerificationToken"] = token }));
        }

        var final = await attempt.PostAsync(next, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = TestHost.CurrentCode(key),
            ["__RequestVerificationToken"] = await TestHost.AntiforgeryTokenAsync(attempt, next),
        }));
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);

        // A user disabled between the two steps cannot finish with a valid recovery code.
        var (other, otherPassword) = await CreateUserAsync();
        var otherClient = Host.NewClient();
        await TestHost.SignInAsync(otherClient, other, otherPassword);
        await TestHost.SetUpAuthenticatorAsync(otherClient);
        string otherCode;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = (await users.FindByEmailAsync(other))!;
            otherCode = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 1))!.Single();
        }

        var second = Host.NewClient();
        var step = (await TestHost.SignInAsync(second, other, otherPassword)).Headers.Location!.OriginalString;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = (await users.FindByEmailAsync(other))!;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
        }

        var recovered = await second.PostAsync(step, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Code"] = otherCode,
            ["Input.IsRecoveryCode"] = "true",
            ["__RequestVerificationToken"] = await TestHost.AntiforgeryTokenAsync(second, step),
        }));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task The_cookie_between_the_two_steps_is_host_only_and_secure_too()
    {
        var response = await TestHost.SignInAsync(Host.NewClient(), TestHost.OperatorEmail, Host.OperatorPassword);
        Assert.StartsWith("/account/two-factor", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-WrotaCelne-2fa=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_authenticator_secret_is_not_shown_again_once_two_step_sign_in_is_on()
    {
        var (email, password) = await CreateUserAsync();
        var client = Host.NewClient();
        await TestHost.SignInAsync(client, email, password);
        await TestHost.SetUpAuthenticatorAsync(client);
        var html = await client.GetStringAsync("/account/two-factor/setup");
        Assert.Contains("id=\"already-on\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("shared-key", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_ends_at_its_next_request_once_the_security_stamp_changes()
    {
        var client = await Host.NewOperatorClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/admin/plugins")).StatusCode);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var user = await users.FindByEmailAsync(TestHost.OperatorEmail);
            await users.UpdateSecurityStampAsync(user!); // what disabling a user or changing a password does
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/admin/plugins")).StatusCode);
        await Host.SignInDefaultClientAgainAsync();
    }

    [Theory]
    [InlineData("/api/v1/admin/plugins")]
    [InlineData("/api/v1/organizations")]
    public async Task Operator_apis_answer_401_to_anonymous_callers(string path) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.NewClient().GetAsync(path)).StatusCode);

    [Theory]
    [InlineData("/admin/plugins")]
    [InlineData("/accounts/organizations")]
    public async Task Operator_pages_send_anonymous_people_to_sign_in(string path)
    {
        var response = await Host.NewClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_non_operator_is_forbidden_from_operator_apis_and_pages()
    {
        var (email, password) = await CreateUserAsync();
        var client = Host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInAsync(client, email, password)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/plugins")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/organizations")).StatusCode);
        var page = await client.GetAsync("/admin/plugins");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_never_redirects_off_site()
    {
        var (email, password) = await CreateUserAsync();
        var client = Host.NewClient();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/account/sign-in");
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["ReturnUrl"] = "//evil.example/",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Passwords_are_stored_as_pbkdf2_sha512_with_210000_iterations()
    {
        var (email, _) = await CreateUserAsync();
        await using var scope = Host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByEmailAsync(email);
        var hash = Convert.FromBase64String(user!.PasswordHash!);
        Assert.Equal(0x01, hash[0]); // Identity v3 format
        Assert.Equal((uint)KeyDerivationPrf.HMACSHA512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
    }

    private async Task<(string Email, string Password)> CreateUserAsync(bool disabled = false)
    {
        var email = $"user-{Guid.NewGuid():N}@agencja.test";
        const string password = "a long enough password 1";
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var result = await users.CreateAsync(new UserAccount { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = "Jan Kowalski", IsDisabled = disabled, CreatedAtUtc = DateTime.UtcNow }, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return (email, password);
    }

    /// <summary>The page minus what legitimately differs between two answers: the antiforgery token and the e-mail typed.</summary>
    private static string Normalize(string html, string email) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "TOKEN").Replace(email, "EMAIL", StringComparison.Ordinal);

    private enum KeyDerivationPrf : uint
    {
        HMACSHA512 = 2,
    }
}
