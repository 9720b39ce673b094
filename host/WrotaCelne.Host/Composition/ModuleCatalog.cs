using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts;
using WrotaCelne.Modules.Billing;
using WrotaCelne.Modules.Declarations;
using WrotaCelne.Modules.Support;

namespace WrotaCelne.Host.Composition;

/// <summary>The modules this host composes, listed explicitly; each can be switched off with <c>Modules:&lt;Name&gt;:Enabled=false</c>.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IModuleInstaller> All() =>
    [
        new AccountsModuleInstaller(),
        new DeclarationsModuleInstaller(),
        new SupportModuleInstaller(),
        new BillingModuleInstaller(),
    ];

    public static EnabledModules Enabled(IConfiguration configuration) =>
        new(All().Where(m => configuration.GetValue($"Modules:{m.Name}:Enabled", true)).ToList());
}

/// <summary>The installers of the modules switched on in this process.</summary>
public sealed record EnabledModules(IReadOnlyList<IModuleInstaller> Installers);
