using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>Where and as whom an organization talks to the gateway: its settings, or the built-in simulator by default.</summary>
internal sealed class GatewayConnections(IDeclarationsData data, GatewayAddresses addresses, BuiltInGateway builtIn, ISecretProtector secrets, IHttpClientFactory http, TimeProvider clock)
{
    /// <summary>A SEAP client for <paramref name="endpoint"/> over the module's gateway HTTP client (its timeout is the gateway setting).</summary>
    public SeapClient ClientFor(SeapEndpoint endpoint) => new(http.CreateClient(SubmissionDispatcher.HttpClientName), endpoint, clock);

    public async Task<GatewayConnection> ForAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var settings = await data.GatewaySettings.AsNoTracking().SingleOrDefaultAsync(s => s.OrganizationId == organizationId, cancellationToken);
        var environment = settings?.Environment ?? GatewayEnvironment.Simulator;
        if (environment == GatewayEnvironment.Simulator)
        {
            if (builtIn.Address is not { } simulator)
            {
                return GatewayConnection.Unusable("The built-in gateway simulator is switched off on this install (GatewaySimulator:Enabled); choose PUESC's environment on the Bramka PUESC page.");
            }

            var login = BuiltInGateway.LoginFor(organizationId);
            return new GatewayConnection(new SeapEndpoint(simulator, login, builtIn.PasswordFor(login)), Practice: true, Problem: null);
        }

        if (addresses.For(environment) is not { } address)
        {
            return GatewayConnection.Unusable($"The operator no longer configures the address of PUESC's {environment.ToString().ToLowerInvariant()} environment.");
        }

        if (settings!.ProtectedPassword is null || settings.Login.Length == 0)
        {
            return GatewayConnection.Unusable("The PUESC login or password is missing on the Bramka PUESC page.");
        }

        return new GatewayConnection(new SeapEndpoint(address, settings.Login, secrets.Unprotect(settings.ProtectedPassword)), Practice: false, Problem: null);
    }

    /// <summary>Whether the organization practises against the built-in simulator (its declarations do not count for real).</summary>
    public async Task<bool> IsPracticeAsync(Guid organizationId, CancellationToken cancellationToken) =>
        (await data.GatewaySettings.Where(s => s.OrganizationId == organizationId).Select(s => (GatewayEnvironment?)s.Environment).SingleOrDefaultAsync(cancellationToken) ?? GatewayEnvironment.Simulator)
        == GatewayEnvironment.Simulator;
}

/// <summary>The endpoint to call, or why there is none.</summary>
/// <param name="Practice">True for the built-in simulator.</param>
internal sealed record GatewayConnection(SeapEndpoint? Endpoint, bool Practice, string? Problem)
{
    public static GatewayConnection Unusable(string problem) => new(null, false, problem);
}
