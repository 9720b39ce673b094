using System.Net;
using System.Net.Http.Json;
using WrotaCelne.Benchmarks.Hosting;

namespace WrotaCelne.Benchmarks.Http;

/// <summary>Signs a cookie-keeping client in through the real form, as a browser does (GET for the antiforgery token, then POST).</summary>
internal static class FormSignIn
{
    private const string SignInPath = "/account/sign-in";
    private const string ChoosePasswordPath = "/account/password";

    /// <summary>Signs in; the client keeps the session cookie. A 302 is success (to the page asked for, or to choosing a password).</summary>
    /// <returns>Where the sign-in redirected to.</returns>
    public static async Task<string> SignInAsync(HttpClient client, BenchAccount account)
    {
        var html = await client.GetStringAsync(new Uri(SignInPath, UriKind.Relative));
        var token = AntiforgeryToken.In(html, SignInPath);
        using var response = await client.PostAsync(new Uri(SignInPath, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = account.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{account.Email} could not sign in: {(int)response.StatusCode}.");
        }

        return response.Headers.Location?.OriginalString ?? "";
    }

    /// <summary>A first sign-in with a handed-out one-time password, then choosing <paramref name="newPassword"/> through the API, as a new user must.</summary>
    public static async Task<BenchAccount> SignInFirstTimeAsync(HttpClient client, BenchAccount account, string newPassword)
    {
        var location = await SignInAsync(client, account);
        if (location != ChoosePasswordPath)
        {
            throw new InvalidOperationException($"{account.Email} signed in with a one-time password but was sent to '{location}', not {ChoosePasswordPath}.");
        }

        using var changed = await client.PostAsJsonAsync(new Uri("/api/v1/me/password", UriKind.Relative), new { currentPassword = account.Password, newPassword });
        if (changed.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"{account.Email} could not choose a password: {(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync()}.");
        }

        return account with { Password = newPassword };
    }
}
