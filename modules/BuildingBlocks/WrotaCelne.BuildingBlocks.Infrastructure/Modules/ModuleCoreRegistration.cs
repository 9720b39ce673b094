using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

public static class ModuleCoreRegistration
{
    /// <summary>
    /// What every module needs: its DbContext on its own database file, outbox and inbox with the events
    /// it subscribes to, its handlers (scanned in its own assembly) and a readiness check of its database.
    /// </summary>
    public static IServiceCollection AddModuleCore<TContext>(
        this IServiceCollection services,
        IModuleInstaller module,
        ModuleContext context,
        Action<InboxSubscriptions<TContext>>? subscribe = null)
        where TContext : DbContext, IModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(module);
        services.AddModuleDbContext<TContext>(context, module.DatabaseFileName);
        services.AddModuleMessaging(module.Name, module.GetType().Assembly, subscribe);
        services.AddModuleHandlers(module.GetType().Assembly);
        services.AddHealthChecks().AddCheck<ModuleDatabaseHealthCheck<TContext>>(module.Name.ToLowerInvariant() + "-db", tags: ["ready"]);
        return services;
    }
}
