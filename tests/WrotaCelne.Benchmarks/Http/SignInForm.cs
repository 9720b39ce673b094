using System.Diagnostics;
using System.Net;

namespace WrotaCelne.Benchmarks.Http;

/// <summary>
/// One virtual client at the sign-in form, on its own connection. It reads the form once, keeps only
/// the antiforgery cookie (sent by hand, so the session cookie a success sets is dropped), and then
/// posts the same form again and again: each post is a complete sign-in, as from a fresh browser.
/// </summary>
internal sealed class SignInForm : IDisposable
{
    private const string Path = "/account/sign-in";

    // English answers, so the hashing limiter's "busy" text can be told from the per-address limiter's 429.
    private const string PostPath = Path + "?culture=en";
    private const string BusyText = "The server is checking many passwords right now.";

    private readonly HttpClient _client;
    private readonly string _cookies;
    private readonly string _token;

    private SignInForm(HttpClient client, string cookies, string token)
    {
        _client = client;
        _cookies = cookies;
        _token = token;
    }

    /// <summary>Reads the form; takes ownership of <paramref name="client"/> (which must not keep cookies itself).</summary>
    public static async Task<SignInForm> OpenAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri(Path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var html = await response.Content.ReadAsStringAsync();
        var token = AntiforgeryToken.In(html, Path);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var set)
            ? string.Join("; ", set.Select(c => c.Split(';', 2)[0]))
            : throw new InvalidOperationException($"{Path} set no antiforgery cookie.");
        return new SignInForm(client, cookies, token);
    }

    public async Task<Attempt> PostAsync(string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(PostPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = _token,
            }),
        };
        request.Headers.Add("Cookie", _cookies);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(request);
            var body = response.StatusCode == HttpStatusCode.TooManyRequests ? await response.Content.ReadAsStringAsync() : "";
            var latency = Stopwatch.GetElapsedTime(started);
            return new Attempt(Classify(response, body), latency, response.Headers.RetryAfter?.Delta);
        }
        catch (HttpRequestException)
        {
            return new Attempt(AttemptOutcome.Other, Stopwatch.GetElapsedTime(started), null);
        }
    }

    public void Dispose() => _client.Dispose();

    private static AttemptOutcome Classify(HttpResponseMessage response, string body) => response.StatusCode switch
    {
        // "/" is the page asked for; a first sign-in with a handed-out password goes to choosing one's own.
        HttpStatusCode.Redirect when response.Headers.Location?.OriginalString is "/" or "/account/password" => AttemptOutcome.SignedIn,
        HttpStatusCode.OK => AttemptOutcome.Refused,
        HttpStatusCode.TooManyRequests when body.StartsWith(BusyText, StringComparison.Ordinal) => AttemptOutcome.Busy,
        HttpStatusCode.TooManyRequests => AttemptOutcome.RateLimited,
        _ => AttemptOutcome.Other,
    };
}
