using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Endpoints;
using WrotaCelne.Modules.Accounts.Infrastructure;
using WrotaCelne.Modules.Accounts.Resources;

namespace WrotaCelne.Modules.Accounts;

/// <summary>Installs the Accounts module: organizations (tenants), users and permissions.</summary>
public sealed class AccountsModuleInstaller : IModuleInstaller
{
    public string Name => "Accounts";

    public Type DbContextType => typeof(AccountsDbContext);

    public string DatabaseFileName => AccountsDbContext.FileName;

    public IReadOnlyList<string> Permissions => AccountsPermissions.All;

    public Type Resources => typeof(AccountsResources);

    public IReadOnlyList<NavigationItem> Navigation { get; } =
    [
        new("/accounts/organizations", typeof(AccountsResources), "Nav.Organizations", 10, OperatorOnly: true),
        new("/accounts/organization", typeof(AccountsResources), "Nav.MyOrganization", 40, Permission: AccountsPermissions.ManageOrganization),
        new("/accounts/users", typeof(AccountsResources), "Nav.Users", 45, Permission: AccountsPermissions.ManageUsers),
        new("/accounts/roles", typeof(AccountsResources), "Nav.Roles", 50),
        new("/accounts/audit", typeof(AccountsResources), "Nav.Audit", 60, OperatorOnly: true),
        new("/accounts/audit", typeof(AccountsResources), "Nav.Audit", 60, Permission: AccountsPermissions.ViewAudit),
    ];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleCore<AccountsDbContext>(this, context);
        services.AddScoped<IAccountsData>(sp => sp.GetRequiredService<AccountsDbContext>());
        services.AddAccountsIdentity(Math.Max(1, context.ModuleSection(Name).GetValue("SignInsPerMinute", 10)));
    }

    public void ConfigureContainer(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<AccountsModule>().As<IAccountsModule>().InstancePerLifetimeScope();
    }

    public void ConfigureJobs(IQuartzBuilder quartz, ModuleContext context) =>
        quartz.AddModuleMessagesJob<AccountsMessagesJob>(Name, context.MessagingPollInterval);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        OrganizationEndpoints.Map(endpoints);
        AuditEndpoints.Map(endpoints);
        UserEndpoints.Map(endpoints);
        RoleEndpoints.Map(endpoints);
        MyOrganizationEndpoints.Map(endpoints);
        MyAccountEndpoints.Map(endpoints);
        NotificationEndpoints.Map(endpoints);
    }
}
