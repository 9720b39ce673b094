using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Billing.Application;
using WrotaCelne.Modules.Billing.Contracts;
using WrotaCelne.Modules.Billing.Endpoints;
using WrotaCelne.Modules.Billing.Infrastructure;
using WrotaCelne.Modules.Billing.Resources;

namespace WrotaCelne.Modules.Billing;

/// <summary>Installs the Billing module: price list, billing accounts (a trial for every new organization).</summary>
public sealed class BillingModuleInstaller : IModuleInstaller
{
    public string Name => "Billing";

    public Type DbContextType => typeof(BillingDbContext);

    public string DatabaseFileName => BillingDbContext.FileName;

    public IReadOnlyList<string> Permissions => BillingPermissions.All;

    public Type Resources => typeof(BillingResources);

    public IReadOnlyList<NavigationItem> Navigation { get; } =
        [new("/billing/plans", typeof(BillingResources), "Nav.Plans", 40)];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleCore<BillingDbContext>(this, context, inbox => inbox.Subscribe<OrganizationRegistered>());
        services.AddScoped<IBillingData>(sp => sp.GetRequiredService<BillingDbContext>());
    }

    public void ConfigureContainer(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<BillingModule>().As<IBillingModule>().InstancePerLifetimeScope();
    }

    public void ConfigureJobs(IQuartzBuilder quartz, ModuleContext context) =>
        quartz.AddModuleMessagesJob<BillingMessagesJob>(Name, context.MessagingPollInterval);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => BillingEndpoints.Map(endpoints);
}
