using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Slices;
using Microsoft.EntityFrameworkCore;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace WrotaCelne.ArchitectureTests;

/// <summary>
/// The architecture rules, built for a list of module names so the same rule runs against the product
/// and, in the canary tests, against test-only modules built to break it. Namespaces are matched with
/// anchored, escaped regular expressions (an exact ResideInNamespace would miss sub-namespaces).
/// </summary>
internal static class ArchitectureRules
{
    private const string OurCode = @"^WrotaCelne(\.|$)";

    private const string InfrastructureOfAnyModule = @"^WrotaCelne\.Modules\.[A-Za-z0-9]+\.Infrastructure(\.|$)";

    public static string ModuleNamespace(string module) => $@"^WrotaCelne\.Modules\.{module}(\.|$)";

    public static string ImplementationNamespace(string module) => $@"^WrotaCelne\.Modules\.{module}(?!\.Contracts(\.|$))(\.|$)";

    public static string ContractsNamespace(string module) => $@"^WrotaCelne\.Modules\.{module}\.Contracts(\.|$)";

    private static string LayerNamespace(string module, params string[] layers) => $@"^WrotaCelne\.Modules\.{module}\.({string.Join('|', layers)})(\.|$)";

    private static string AnyImplementation(IEnumerable<string> modules) => $@"^WrotaCelne\.Modules\.({string.Join('|', modules)})(?!\.Contracts(\.|$))(\.|$)";

    /// <summary>A module reaches other modules only through their Contracts.</summary>
    public static IArchRule ModuleIsolation(string module, IReadOnlyList<string> modules) =>
        Types().That().ResideInNamespaceMatching(ModuleNamespace(module))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(AnyImplementation(modules.Where(m => m != module))))
            .Because($"{module} may use other modules only through their Contracts");

    /// <summary>Contracts depend on the BCL, the shared-kernel abstractions, the SDK (the canonical declaration model) and themselves: no EF Core, ASP.NET, Autofac, Quartz or other modules.</summary>
    public static IArchRule ContractsPurity(string module) =>
        Types().That().ResideInNamespaceMatching(ContractsNamespace(module))
            .Should().OnlyDependOn(Types().That().ResideInNamespaceMatching($@"^System(\.|$)|^WrotaCelne\.BuildingBlocks$|^WrotaCelne\.Plugins\.Abstractions(\.|$)|{ContractsNamespace(module)}"))
            .Because("Contracts are the stable public face other modules compile against");

    /// <summary>Everything in a module implementation is internal except its installer.</summary>
    public static IArchRule ImplementationIsInternal(string module) =>
        Types().That().ResideInNamespaceMatching(ImplementationNamespace(module)).And().AreNotAssignableTo(typeof(IModuleInstaller))
            .Should().NotBePublic()
            .Because("only the installer is the module's entry; everything else is reached through Contracts");

    /// <summary>Domain ← Application ← Infrastructure / Endpoints / Pages, never the other way.</summary>
    public static IArchRule Layers(string module)
    {
        IArchRule Layer(string layer, params string[] forbidden) =>
            Types().That().ResideInNamespaceMatching(LayerNamespace(module, layer))
                .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(LayerNamespace(module, forbidden)))
                .Because($"{module}.{layer} must not depend on {string.Join(", ", forbidden)}")
                .WithoutRequiringPositiveResults();

        return Layer("Domain", "Application", "Infrastructure", "Endpoints", "Pages")
            .And(Layer("Application", "Infrastructure", "Endpoints", "Pages"))
            .And(Layer("Endpoints", "Infrastructure", "Domain", "Pages"))
            .And(Layer("Pages", "Infrastructure", "Domain", "Endpoints"))
            .And(Layer("Infrastructure", "Endpoints", "Pages"));
    }

    /// <summary>Each DbContext lives in its module's Infrastructure and carries outbox and inbox (IModuleDbContext).</summary>
    public static IArchRule DbContextOwnership() =>
        Classes().That().ResideInNamespaceMatching(OurCode).And().AreAssignableTo(typeof(DbContext)).And().AreNotAbstract()
            .Should().ResideInNamespaceMatching(InfrastructureOfAnyModule)
            .AndShould().ImplementInterface(typeof(IModuleDbContext))
            .Because("a module owns its database; nothing else opens it");

    /// <summary>Quartz jobs live in a module's Infrastructure and never run concurrently with themselves.</summary>
    public static IArchRule JobsPlacement() =>
        Classes().That().ResideInNamespaceMatching(OurCode).And().ImplementInterface(typeof(IJob)).And().AreNotAbstract()
            .Should().ResideInNamespaceMatching(InfrastructureOfAnyModule)
            .AndShould().HaveAnyAttributes(typeof(DisallowConcurrentExecutionAttribute))
            .Because("jobs are infrastructure, and processors must not overlap");

    /// <summary>The host composes modules through their installers and knows nothing else of them.</summary>
    public static IArchRule ThinHost(IReadOnlyList<string> modules) =>
        Types().That().ResideInNamespaceMatching(@"^WrotaCelne\.Host(\.|$)")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(AnyImplementation(modules)).And().AreNotAssignableTo(typeof(IModuleInstaller)))
            .Because("logic belongs to modules; the host only composes");

    /// <summary>The partner SDK and the shared-kernel abstractions compile against the BCL alone.</summary>
    public static IArchRule SdkDependsOnSystemOnly() =>
        Types().That().ResideInNamespaceMatching(@"^WrotaCelne\.Plugins\.Abstractions(\.|$)")
            .Should().OnlyDependOn(Types().That().ResideInNamespaceMatching(@"^System(\.|$)|^WrotaCelne\.Plugins\.Abstractions(\.|$)"))
            .Because("partners compile plugins against the SDK with nothing else");

    public static IArchRule BuildingBlocksAbstractionsDependOnSystemOnly() =>
        Types().That().ResideInNamespaceMatching(@"^WrotaCelne\.BuildingBlocks$")
            .Should().OnlyDependOn(Types().That().ResideInNamespaceMatching(@"^System(\.|$)|^WrotaCelne\.BuildingBlocks$"))
            .Because("module Contracts depend on these abstractions and must stay free of infrastructure");

    /// <summary>No cycle between modules (a module slice is everything under WrotaCelne.Modules.&lt;Name&gt;).</summary>
    public static IArchRule NoCyclesBetweenModules() =>
        SliceRuleDefinition.Slices().Matching("WrotaCelne.Modules.(*)..").Should().BeFreeOfCycles();
}
