using System.Net.Http.Headers;
using System.Text;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>Changes the request envelope on its way: what an attacker, a broken proxy or a buggy client would send.</summary>
public sealed class TamperingHandler(Func<string, string> rewrite) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var text = rewrite(await request.Content!.ReadAsStringAsync(cancellationToken));
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Sends the first request's envelope again in place of every later one (a replayed nonce).</summary>
public sealed class ReplayingHandler : DelegatingHandler
{
    private byte[]? first;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        first ??= body;
        request.Content = new ByteArrayContent(first);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>A clock some minutes off.</summary>
public sealed class ShiftedTime(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
