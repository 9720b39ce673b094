using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Wires a module's outbox dispatcher, inbox and inbox processor, with the events it subscribes to.</summary>
    public static IServiceCollection AddModuleMessaging<TContext>(this IServiceCollection services, string moduleName, System.Reflection.Assembly moduleAssembly, Action<InboxSubscriptions<TContext>>? subscribe = null)
        where TContext : DbContext, IModuleDbContext
    {
        var subscriptions = new InboxSubscriptions<TContext>(moduleAssembly);
        subscribe?.Invoke(subscriptions);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IEventBus, InProcessEventBus>();
        services.AddSingleton(subscriptions);
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.AddSingleton<InboxProcessor<TContext>>();
        services.AddHealthChecks().AddCheck<MessagingHealthCheck<TContext>>(moduleName.ToLowerInvariant() + "-messaging", tags: ["ready"]);
        services.AddSingleton<IModuleInbox>(sp => new ModuleInbox<TContext>(
            moduleName, subscriptions, sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Schedules a module's messaging job in the module's own job group.</summary>
    public static IQuartzBuilder AddModuleMessagesJob<TJob>(this IQuartzBuilder quartz, string moduleName, TimeSpan interval)
        where TJob : class, IJob
    {
        ArgumentNullException.ThrowIfNull(quartz);
        var key = new JobKey("messages", moduleName);
        quartz.AddJobType<TJob>(ServiceLifetime.Scoped);
        quartz.AddJob<TJob>(j => j.WithIdentity(key).WithDescription($"{moduleName}: dispatch outbox, process inbox").DisallowConcurrentExecution(true));
        quartz.AddTrigger<TJob>(t => t
            .ForJob(key)
            .WithIdentity("messages-trigger", moduleName)
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(interval).RepeatForever()));
        return quartz;
    }
}
