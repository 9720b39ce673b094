using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Support.Application;
using WrotaCelne.Modules.Support.Contracts;
using WrotaCelne.Modules.Support.Domain.Helpdesk;
using WrotaCelne.Modules.Support.Endpoints;
using WrotaCelne.Modules.Support.Infrastructure;
using WrotaCelne.Modules.Support.Resources;

namespace WrotaCelne.Modules.Support;

/// <summary>Installs the Support module: helpdesk, tickets, and Training (presentations and trainings).</summary>
public sealed class SupportModuleInstaller : IModuleInstaller
{
    public string Name => "Support";

    public Type DbContextType => typeof(SupportDbContext);

    public string DatabaseFileName => SupportDbContext.FileName;

    public IReadOnlyList<string> Permissions => SupportPermissions.All;

    public Type Resources => typeof(SupportResources);

    public IReadOnlyList<NavigationItem> Navigation { get; } =
        [new("/support", typeof(SupportResources), "Nav.Helpdesk", 30), new("/support/training", typeof(SupportResources), "Nav.Training", 35)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleCore<SupportDbContext>(this, context);
        services.AddScoped<ISupportData>(sp => sp.GetRequiredService<SupportDbContext>());
        services.AddSingleton(HelpdeskCalendar.Warsaw());
    }

    public void ConfigureContainer(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<SupportModule>().As<ISupportModule>().InstancePerLifetimeScope();
    }

    public void ConfigureJobs(IQuartzBuilder quartz, ModuleContext context) =>
        quartz.AddModuleMessagesJob<SupportMessagesJob>(Name, context.MessagingPollInterval);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => SupportEndpoints.Map(endpoints);
}
