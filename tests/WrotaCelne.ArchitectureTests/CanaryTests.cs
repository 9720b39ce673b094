using ArchUnitNET.Fluent;
using Xunit;

namespace WrotaCelne.ArchitectureTests;

/// <summary>
/// Each rule is fed the canary assembly (types built to break it) and must fail on exactly the canary
/// it targets. A rule that passes here would pass vacuously on the product too.
/// </summary>
public sealed class CanaryTests
{
    private static readonly IReadOnlyList<string> ModulesWithCanaries = [.. ArchitectureModel.Modules, .. ArchitectureModel.CanaryModules];

    [Fact]
    public void Isolation_rule_catches_a_module_reaching_into_another_module_implementation() =>
        AssertFailsOn(ArchitectureRules.ModuleIsolation("CanaryA", ModulesWithCanaries), "ReachesIntoAccounts");

    [Fact]
    public void Contracts_rule_catches_ef_core_in_a_contract() =>
        AssertFailsOn(ArchitectureRules.ContractsPurity("CanaryA"), "ImpureDto");

    [Fact]
    public void Contracts_rule_catches_a_contract_depending_on_another_module() =>
        AssertFailsOn(ArchitectureRules.ContractsPurity("CanaryA"), "CyclicA");

    [Fact]
    public void Internal_rule_catches_a_public_implementation_type()
    {
        var failed = Failures(ArchitectureRules.ImplementationIsInternal("CanaryA"));
        Assert.Contains(failed, f => f.Contains("PublicLeak", StringComparison.Ordinal));
        Assert.DoesNotContain(failed, f => f.Contains("CanaryAModuleInstaller", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LayerBreakingEntity")]       // Domain → Infrastructure
    [InlineData("UsesInfrastructure")]        // Application → Infrastructure
    [InlineData("EndpointUsingDomain")]       // Endpoints → Domain
    [InlineData("PageUsingInfrastructure")]   // Pages → Infrastructure
    [InlineData("InfrastructureUsingEndpoint")] // Infrastructure → Endpoints
    public void Layer_rule_catches_each_forbidden_direction(string canary) =>
        AssertFailsOn(ArchitectureRules.Layers("CanaryA"), canary);

    [Fact]
    public void Shared_kernel_rule_catches_a_non_system_dependency() =>
        AssertFailsOn(ArchitectureRules.BuildingBlocksAbstractionsDependOnSystemOnly(), "IImpureAbstraction");

    [Fact]
    public void Assembly_reference_check_catches_an_assembly_referencing_third_party_code() =>
        Assert.NotEmpty(AssemblyReferenceRules.ForbiddenReferences(ArchitectureModel.CanaryAssembly, AssemblyReferenceRules.ContractsMayReference));

    [Fact]
    public void DbContext_rule_catches_a_context_outside_infrastructure() =>
        AssertFailsOn(ArchitectureRules.DbContextOwnership(), "StrayDbContext");

    [Fact]
    public void Jobs_rule_catches_a_job_outside_infrastructure() =>
        AssertFailsOn(ArchitectureRules.JobsPlacement(), "MisplacedJob");

    [Fact]
    public void Jobs_rule_catches_a_job_that_may_run_concurrently() =>
        AssertFailsOn(ArchitectureRules.JobsPlacement(), "ConcurrentJob");

    [Fact]
    public void Thin_host_rule_catches_the_host_using_module_internals() =>
        AssertFailsOn(ArchitectureRules.ThinHost(ModulesWithCanaries), "FatHostType");

    [Fact]
    public void Sdk_rule_catches_a_non_system_dependency() =>
        AssertFailsOn(ArchitectureRules.SdkDependsOnSystemOnly(), "IImpureSdkContract");

    [Fact]
    public void Cycle_rule_catches_a_cycle_between_modules()
    {
        var rule = ArchitectureRules.NoCyclesBetweenModules();
        Assert.True(ArchitectureRules.NoCyclesBetweenModules().HasNoViolations(ArchitectureModel.Product));
        Assert.False(rule.HasNoViolations(ArchitectureModel.ProductWithCanaries));
        Assert.Contains(Failures(rule), f => f.Contains("Canary", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_reference_rule_catches_an_implementation_referencing_another_implementation()
    {
        var violations = ProjectReferenceRules.Check(
            "modules/Billing/WrotaCelne.Modules.Billing/WrotaCelne.Modules.Billing.csproj",
            ["modules/Billing/WrotaCelne.Modules.Billing.Contracts/WrotaCelne.Modules.Billing.Contracts.csproj", "modules/Accounts/WrotaCelne.Modules.Accounts/WrotaCelne.Modules.Accounts.csproj"],
            pluginReferencesExcludeRuntime: true);
        Assert.Contains(violations, v => v.Contains("WrotaCelne.Modules.Accounts.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_reference_rule_catches_contracts_referencing_infrastructure() =>
        Assert.NotEmpty(ProjectReferenceRules.Check(
            "modules/Billing/WrotaCelne.Modules.Billing.Contracts/WrotaCelne.Modules.Billing.Contracts.csproj",
            ["modules/BuildingBlocks/WrotaCelne.BuildingBlocks.Infrastructure/WrotaCelne.BuildingBlocks.Infrastructure.csproj"],
            pluginReferencesExcludeRuntime: true));

    [Fact]
    public void Project_reference_rule_catches_a_plugin_shipping_its_own_sdk_copy() =>
        Assert.NotEmpty(ProjectReferenceRules.Check(
            "plugins/formats/WrotaCelne.Plugins.Formats.Ncts/WrotaCelne.Plugins.Formats.Ncts.csproj",
            ["plugins/WrotaCelne.Plugins.Abstractions/WrotaCelne.Plugins.Abstractions.csproj"],
            pluginReferencesExcludeRuntime: false));

    [Fact]
    public void Project_reference_rule_catches_the_gateway_simulator_referencing_a_module_or_a_plugin()
    {
        var violations = ProjectReferenceRules.Check(
            "host/WrotaCelne.GatewaySimulator/WrotaCelne.GatewaySimulator.csproj",
            ["modules/BuildingBlocks/WrotaCelne.BuildingBlocks.Infrastructure/WrotaCelne.BuildingBlocks.Infrastructure.csproj", "modules/Declarations/WrotaCelne.Modules.Declarations/WrotaCelne.Modules.Declarations.csproj", "plugins/formats/WrotaCelne.Plugins.Formats.Ncts/WrotaCelne.Plugins.Formats.Ncts.csproj"],
            pluginReferencesExcludeRuntime: false);
        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Contains("WrotaCelne.Modules.Declarations.csproj", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("WrotaCelne.Plugins.Formats.Ncts.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_reference_rule_catches_the_simulator_server_or_the_host_linking_more_than_they_may()
    {
        Assert.NotEmpty(ProjectReferenceRules.Check(
            "host/WrotaCelne.GatewaySimulator.Server/WrotaCelne.GatewaySimulator.Server.csproj",
            ["modules/Accounts/WrotaCelne.Modules.Accounts/WrotaCelne.Modules.Accounts.csproj"],
            pluginReferencesExcludeRuntime: false));
        Assert.NotEmpty(ProjectReferenceRules.Check(
            "host/WrotaCelne.Host/WrotaCelne.Host.csproj",
            ["plugins/signing/WrotaCelne.Plugins.Signing.KeyFile/WrotaCelne.Plugins.Signing.KeyFile.csproj"],
            pluginReferencesExcludeRuntime: false));
    }

    private static void AssertFailsOn(IArchRule rule, string canaryType)
    {
        var failed = Failures(rule);
        Assert.True(failed.Any(f => f.Contains(canaryType, StringComparison.Ordinal)), $"The rule did not catch {canaryType}. Failures: {string.Join("; ", failed)}");
    }

    private static List<string> Failures(IArchRule rule) =>
        rule.Evaluate(ArchitectureModel.ProductWithCanaries).Where(r => !r.Passed).Select(r => r.EvaluatedObjectIdentifier + " " + r.Description).ToList();
}
