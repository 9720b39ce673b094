using ArchUnitNET.xUnit;
using Xunit;

namespace WrotaCelne.ArchitectureTests;

/// <summary>Every rule holds for the product.</summary>
public sealed class ProductArchitectureTests
{
    public static TheoryData<string> Modules() => new(ArchitectureModel.Modules);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_uses_other_modules_only_through_their_contracts(string module) =>
        ArchitectureRules.ModuleIsolation(module, ArchitectureModel.Modules).Check(ArchitectureModel.Product);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_contracts_are_pure(string module) =>
        ArchitectureRules.ContractsPurity(module).Check(ArchitectureModel.Product);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_implementation_types_are_internal_except_the_installer(string module) =>
        ArchitectureRules.ImplementationIsInternal(module).Check(ArchitectureModel.Product);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_layers_depend_inwards_only(string module) =>
        ArchitectureRules.Layers(module).Check(ArchitectureModel.Product);

    [Fact]
    public void DbContexts_live_in_their_module_infrastructure() =>
        ArchitectureRules.DbContextOwnership().Check(ArchitectureModel.Product);

    [Fact]
    public void Quartz_jobs_live_in_infrastructure_and_disallow_concurrency() =>
        ArchitectureRules.JobsPlacement().Check(ArchitectureModel.Product);

    [Fact]
    public void Jobs_rule_sees_the_module_jobs_it_guards()
    {
        var checkedTypes = ArchitectureRules.JobsPlacement().Evaluate(ArchitectureModel.Product).Select(r => r.EvaluatedObjectIdentifier.ToString()).ToList();
        foreach (var module in ArchitectureModel.Modules)
        {
            Assert.Contains(checkedTypes, t => t.Contains($"{module}MessagesJob", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Host_is_thin() =>
        ArchitectureRules.ThinHost(ArchitectureModel.Modules).Check(ArchitectureModel.Product);

    [Fact]
    public void Plugin_sdk_depends_on_system_only() =>
        ArchitectureRules.SdkDependsOnSystemOnly().Check(ArchitectureModel.Product);

    [Fact]
    public void Plugin_sdk_assembly_references_only_the_bcl() =>
        Assert.Empty(AssemblyReferenceRules.ForbiddenReferences(typeof(WrotaCelne.Plugins.Abstractions.IPlugin).Assembly, AssemblyReferenceRules.BclOnly));

    [Fact]
    public void Shared_kernel_assembly_references_only_the_bcl() =>
        Assert.Empty(AssemblyReferenceRules.ForbiddenReferences(typeof(WrotaCelne.BuildingBlocks.IModuleFacade).Assembly, AssemblyReferenceRules.BclOnly));

    public static TheoryData<string> ContractsAssemblies() =>
        new(ArchitectureModel.ProductAssemblies.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)).Select(a => a.GetName().Name!));

    /// <summary>Catches what type rules cannot see: a dependency on a library outside the loaded architecture (logging, configuration, MVC...).</summary>
    [Theory]
    [MemberData(nameof(ContractsAssemblies))]
    public void Contracts_assemblies_reference_only_the_bcl_and_the_shared_kernel(string assemblyName) =>
        Assert.Empty(AssemblyReferenceRules.ForbiddenReferences(ArchitectureModel.ProductAssemblies.Single(a => a.GetName().Name == assemblyName), AssemblyReferenceRules.ContractsMayReference));

    [Fact]
    public void Building_blocks_abstractions_depend_on_system_only() =>
        ArchitectureRules.BuildingBlocksAbstractionsDependOnSystemOnly().Check(ArchitectureModel.Product);

    [Fact]
    public void Modules_have_no_cycles() =>
        ArchitectureRules.NoCyclesBetweenModules().Check(ArchitectureModel.Product);

    [Fact]
    public void Project_references_follow_the_reference_table()
    {
        var violations = ProjectReferenceRules.CheckRepository(RepositoryRoot.Find());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
