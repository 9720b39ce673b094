using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace WrotaCelne.Host.Composition;

/// <summary>
/// Behind a reverse proxy that terminates TLS, the client address and scheme arrive in
/// X-Forwarded-For/-Proto. They are believed only from the proxies listed in
/// <c>ReverseProxy:KnownProxies</c>; otherwise anyone could pick the address the sign-in limiter counts.
/// </summary>
internal static class ReverseProxy
{
    public static IReadOnlyList<IPAddress> KnownProxies(IConfiguration configuration) =>
        (configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
        .Select(p => IPAddress.TryParse(p, out var address) ? address : throw new InvalidOperationException($"ReverseProxy:KnownProxies holds '{p}', which is not an IP address."))
        .ToList();

    public static void Configure(IServiceCollection services, IReadOnlyList<IPAddress> proxies) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }
        });
}
