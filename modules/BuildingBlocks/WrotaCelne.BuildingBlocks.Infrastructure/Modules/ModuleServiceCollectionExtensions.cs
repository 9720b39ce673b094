using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's command, query and integration event handlers (internal types included)
    /// by scanning the module's own assembly with Scrutor. Plugins are never scanned.
    /// </summary>
    public static IServiceCollection AddModuleHandlers(this IServiceCollection services, Assembly moduleAssembly) =>
        services.Scan(scan => scan
            .FromAssemblies(moduleAssembly)
            .AddClasses(c => c.AssignableToAny(typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IIntegrationEventHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());
}
