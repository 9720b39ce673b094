using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// The one public entry of a module implementation. The host lists installers explicitly and calls
/// the enabled ones in this order: <see cref="AddServices"/>, <see cref="ConfigureContainer"/>,
/// <see cref="ConfigureJobs"/>, then <see cref="MapEndpoints"/> once the application is built.
/// </summary>
public interface IModuleInstaller
{
    /// <summary>Module name as used in configuration (<c>Modules:&lt;Name&gt;:Enabled</c>).</summary>
    string Name { get; }

    /// <summary>The module's DbContext type, migrated by the host's <c>migrate</c> command and backed up by <c>backup</c>.</summary>
    Type DbContextType { get; }

    /// <summary>File name of the module's database in the data directory (<c>accounts.db</c>, ...).</summary>
    string DatabaseFileName { get; }

    /// <summary>The permissions the module declares in its Contracts (<c>&lt;module&gt;.&lt;action&gt;</c>).</summary>
    IReadOnlyList<string> Permissions { get; }

    /// <summary>The marker type of the module's UI strings; permission labels are its <c>Permission.&lt;name&gt;</c> entries.</summary>
    Type Resources { get; }

    /// <summary>Navigation entries the module adds to the UI shell.</summary>
    IReadOnlyList<NavigationItem> Navigation { get; }

    void AddServices(IServiceCollection services, ModuleContext context);

    void ConfigureContainer(ContainerBuilder builder);

    void ConfigureJobs(IQuartzBuilder quartz, ModuleContext context);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
