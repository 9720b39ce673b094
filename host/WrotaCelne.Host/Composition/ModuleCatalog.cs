using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts;

namespace WrotaCelne.Host.Composition;

/// <summary>The modules this host composes, listed explicitly; each can be switched off with <c>Modules:&lt;Name&gt;:Enabled=false</c>.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IModuleInstaller> All() =>
    [
        new AccountsModuleInstaller(),
    ];

    public static EnabledModules Enabled(IConfiguration configuration) =>
        new(All().Where(m => configuration.GetValue($"Modules:{m.Name}:Enabled", true)).ToList());
}

/// <summary>The installers of the modules switched on in this process.</summary>
public sealed record EnabledModules(IReadOnlyList<IModuleInstaller> Installers);
