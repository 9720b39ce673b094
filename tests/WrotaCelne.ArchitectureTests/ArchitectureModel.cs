using Assembly = System.Reflection.Assembly;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace WrotaCelne.ArchitectureTests;

/// <summary>The architecture as loaded from typed assemblies (never from name strings, which can match nothing).</summary>
internal static class ArchitectureModel
{
    public static readonly IReadOnlyList<string> Modules = ["Accounts", "Declarations", "Support", "Billing"];

    public static readonly IReadOnlyList<string> CanaryModules = ["CanaryA", "CanaryB"];

    public static readonly Assembly[] ProductAssemblies =
    [
        typeof(WrotaCelne.Host.Composition.WrotaCelneApplication).Assembly,
        typeof(WrotaCelne.BuildingBlocks.ICommand<>).Assembly,
        typeof(WrotaCelne.BuildingBlocks.Infrastructure.Modules.IModuleInstaller).Assembly,
        typeof(WrotaCelne.Plugins.Abstractions.IPlugin).Assembly,
        typeof(WrotaCelne.Modules.Accounts.AccountsModuleInstaller).Assembly,
        typeof(WrotaCelne.Modules.Accounts.Contracts.IAccountsModule).Assembly,
        typeof(WrotaCelne.Modules.Declarations.DeclarationsModuleInstaller).Assembly,
        typeof(WrotaCelne.Modules.Declarations.Contracts.IDeclarationsModule).Assembly,
        typeof(WrotaCelne.Modules.Support.SupportModuleInstaller).Assembly,
        typeof(WrotaCelne.Modules.Support.Contracts.ISupportModule).Assembly,
        typeof(WrotaCelne.Modules.Billing.BillingModuleInstaller).Assembly,
        typeof(WrotaCelne.Modules.Billing.Contracts.IBillingModule).Assembly,
    ];

    /// <summary>
    /// Third-party assemblies whose types the rules must see as dependencies: a dependency on a type
    /// from an assembly outside the loaded architecture is not reported by ArchUnitNET.
    /// </summary>
    public static readonly Assembly[] GuardedThirdPartyAssemblies =
    [
        typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly,
        typeof(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions).Assembly,
        typeof(Autofac.ContainerBuilder).Assembly,
        typeof(Quartz.IJob).Assembly,
        typeof(Microsoft.AspNetCore.Http.HttpContext).Assembly,
        typeof(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder).Assembly,
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
    ];

    public static readonly Assembly CanaryAssembly = typeof(WrotaCelne.Modules.CanaryA.CanaryAModuleInstaller).Assembly;

    public static Architecture Product { get; } = new ArchLoader().LoadAssemblies([.. ProductAssemblies, .. GuardedThirdPartyAssemblies]).Build();

    public static Architecture ProductWithCanaries { get; } = new ArchLoader().LoadAssemblies([.. ProductAssemblies, .. GuardedThirdPartyAssemblies, CanaryAssembly]).Build();
}
