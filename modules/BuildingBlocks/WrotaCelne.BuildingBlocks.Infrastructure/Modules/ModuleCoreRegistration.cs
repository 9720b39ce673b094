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
        string databaseFileName,
        Action<InboxSubscriptions<TContext>>? subscribe = null)
        where TContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(module);
        services.AddModuleDbContext<TContext>(context, databaseFileName);
        services.AddModuleMessaging(module.Name, subscribe);
        services.AddModuleHandlers(module.GetType().Assembly);
        services.AddHealthChecks().AddDbContextCheck<TContext>(module.Name.ToLowerInvariant() + "-db", tags: ["ready"]);
        return services;
    }
}
