// Namespaces here impersonate a module "CanaryA" (and "CanaryB") so module rules apply to them.
#pragma warning disable CA1812, CA1822, CS0169, CS0649
using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;

namespace WrotaCelne.Modules.CanaryA
{
    /// <summary>The one type a module may expose: allowed by the internal-types rule.</summary>
    public sealed class CanaryAModuleInstaller : IModuleInstaller
    {
        public string Name => "CanaryA";

        public Type DbContextType => typeof(WrotaCelne.Modules.CanaryA.Infrastructure.CanaryRepository);

        public string DatabaseFileName => "canary.db";

        public IReadOnlyList<string> Permissions => [];

        public Type Resources => typeof(CanaryAModuleInstaller);

        public IReadOnlyList<NavigationItem> Navigation => [];

        public void AddServices(IServiceCollection services, ModuleContext context)
        {
        }

        public void ConfigureContainer(ContainerBuilder builder)
        {
        }

        public void ConfigureJobs(IQuartzBuilder quartz, ModuleContext context)
        {
        }

        public void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
        }
    }

    /// <summary>Violates "implementation types are internal".</summary>
    public sealed class PublicLeak;
}

namespace WrotaCelne.Modules.CanaryA.Application
{
    /// <summary>Violates module isolation: reaches another module's implementation (the Accounts installer).</summary>
    internal sealed class ReachesIntoAccounts
    {
        private readonly WrotaCelne.Modules.Accounts.AccountsModuleInstaller? _installer;
    }

    /// <summary>Violates DbContext ownership: a DbContext outside Infrastructure.</summary>
    internal sealed class StrayDbContext(DbContextOptions<StrayDbContext> options) : DbContext(options);

    /// <summary>Violates job placement: a job outside Infrastructure (it does disallow concurrency).</summary>
    [DisallowConcurrentExecution]
    internal sealed class MisplacedJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}

namespace WrotaCelne.Modules.CanaryA.Infrastructure
{
    internal sealed class CanaryRepository;

    /// <summary>Violates the job rule: may run concurrently with itself.</summary>
    internal sealed class ConcurrentJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}

namespace WrotaCelne.Modules.CanaryA.Domain
{
    /// <summary>Violates layering: the domain depends on infrastructure.</summary>
    internal sealed class LayerBreakingEntity
    {
        private readonly WrotaCelne.Modules.CanaryA.Infrastructure.CanaryRepository? _repository;
    }
}

namespace WrotaCelne.Modules.CanaryA.Contracts
{
    /// <summary>Violates Contracts purity: EF Core in a public contract.</summary>
    public sealed record ImpureDto(DbContext Context);

    /// <summary>Half of a cycle between modules CanaryA and CanaryB.</summary>
    public sealed record CyclicA(WrotaCelne.Modules.CanaryB.Contracts.CyclicB? Other);
}

namespace WrotaCelne.Modules.CanaryB.Contracts
{
    /// <summary>The other half of the cycle.</summary>
    public sealed record CyclicB(WrotaCelne.Modules.CanaryA.Contracts.CyclicA? Other);
}

namespace WrotaCelne.Modules.CanaryA.Application
{
    /// <summary>Violates layering: the application layer uses infrastructure directly.</summary>
    internal sealed class UsesInfrastructure
    {
        private readonly WrotaCelne.Modules.CanaryA.Infrastructure.CanaryRepository? _repository;
    }
}

namespace WrotaCelne.Modules.CanaryA.Endpoints
{
    /// <summary>Violates layering: an endpoint reaching into the domain instead of going through the facade.</summary>
    internal sealed class EndpointUsingDomain
    {
        private readonly WrotaCelne.Modules.CanaryA.Domain.LayerBreakingEntity? _entity;
    }
}

namespace WrotaCelne.Modules.CanaryA.Pages
{
    /// <summary>Violates layering: a page using infrastructure.</summary>
    internal sealed class PageUsingInfrastructure
    {
        private readonly WrotaCelne.Modules.CanaryA.Infrastructure.CanaryRepository? _repository;
    }
}

namespace WrotaCelne.Modules.CanaryA.Infrastructure
{
    /// <summary>Violates layering: infrastructure depending on an endpoint.</summary>
    internal sealed class InfrastructureUsingEndpoint
    {
        private readonly WrotaCelne.Modules.CanaryA.Endpoints.EndpointUsingDomain? _endpoint;
    }
}
