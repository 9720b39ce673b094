using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// The gateway addresses the operator configured (<c>Modules:Declarations:Gateway:Test</c>, <c>...:Production</c>);
/// an environment without an address cannot be chosen. The simulator is always there.
/// </summary>
internal sealed class GatewayAddresses(Uri? test, Uri? production)
{
    public Uri? For(GatewayEnvironment environment) => environment switch
    {
        GatewayEnvironment.Test => test,
        GatewayEnvironment.Production => production,
        _ => null,
    };

    public bool IsAvailable(GatewayEnvironment environment) => environment == GatewayEnvironment.Simulator || For(environment) is not null;

    public IReadOnlyList<GatewayEnvironment> Available => Enum.GetValues<GatewayEnvironment>().Where(IsAvailable).ToList();
}
