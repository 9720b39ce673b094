using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.Host.Composition;

/// <summary>
/// Tells the built-in gateway where the host listens once Kestrel has bound its addresses (port 0 becomes a real
/// port). Plain HTTP on loopback is preferred: the host calls itself, and a self-signed HTTPS certificate would not
/// be trusted; <c>GatewaySimulator:Address</c> overrides the choice.
/// </summary>
internal static class BuiltInGatewayAddress
{
    public static void Announce(WebApplication app, BuiltInGateway gateway)
    {
        var configured = app.Configuration["GatewaySimulator:Address"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            gateway.ServeAt(new Uri(configured));
            return;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var candidates = addresses.Select(Normalize).OfType<Uri>().ToList();
        var chosen = candidates.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttp && u.IsLoopback)
            ?? candidates.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttp)
            ?? candidates.FirstOrDefault();
        if (chosen is not null)
        {
            gateway.ServeAt(chosen);
        }
    }

    private static Uri? Normalize(string address)
    {
        // Kestrel reports wildcard bindings as they were given: call them through loopback.
        var text = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://[::1]", StringComparison.Ordinal);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;
    }
}
