using System.Net.Http.Json;
using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Roles;
using Xunit;

namespace WrotaCelne.IntegrationTests.Modules;

public sealed class PermissionTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_catalogue_holds_every_permission_the_modules_declare()
    {
        var permissions = await fixture.Host.Client.GetFromJsonAsync<List<PermissionDto>>("/api/v1/permissions");
        Assert.Equal(
            ["accounts.audit.view", "accounts.organization.manage", "accounts.users.manage", "billing.manage", "billing.view", "declarations.create", "declarations.credentials.manage", "declarations.delete",
             "declarations.edit", "declarations.settings.manage", "declarations.sign", "declarations.submit", "declarations.view", "support.tickets"],
            permissions!.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Declarations", permissions!.Single(p => p.Name == "declarations.sign").Module);
    }

    [Fact]
    public async Task Built_in_roles_are_composed_from_the_catalogue()
    {
        var roles = (await fixture.Host.Client.GetFromJsonAsync<List<RoleDto>>("/api/v1/roles"))!.ToDictionary(r => r.Name);
        Assert.Equal(14, roles["Administrator"].Permissions.Count);
        Assert.Equal(
            ["declarations.create", "declarations.delete", "declarations.edit", "declarations.sign", "declarations.submit", "declarations.view", "support.tickets"],
            roles["Operator"].Permissions.Order(StringComparer.Ordinal));
        Assert.Equal(["accounts.audit.view", "billing.view", "declarations.view"], roles["Auditor"].Permissions.Order(StringComparer.Ordinal));
        Assert.All(roles.Values, r => Assert.True(r.BuiltIn));
    }

    [Fact]
    public async Task The_roles_page_labels_each_permission_in_polish()
    {
        var html = System.Net.WebUtility.HtmlDecode(await fixture.Host.Client.GetStringAsync("/accounts/roles"));
        Assert.Contains("Podpisywanie zgłoszeń", html, StringComparison.Ordinal);
        Assert.Contains("Audytor", html, StringComparison.Ordinal);
        Assert.Matches("data-permission=\"declarations.submit\">.*?<td data-role=\"Operator\">✓</td>", html.ReplaceLineEndings(" "));
    }

    [Theory]
    [InlineData("Billing", "invoices.view")]
    [InlineData("Billing", "billing.View")]
    [InlineData("Billing", "billing")]
    public void A_permission_outside_its_module_namespace_is_refused_at_start(string module, string permission)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PermissionCatalog([new DeclaringModule(module, [permission])]));
        Assert.Contains(permission, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_permission_declared_twice_is_refused_at_start() =>
        Assert.Throws<InvalidOperationException>(() => new PermissionCatalog([new DeclaringModule("Billing", ["billing.view", "billing.view"])]));

    /// <summary>Only what the catalogue reads of an installer: its name and its permissions.</summary>
    private sealed class DeclaringModule(string name, IReadOnlyList<string> permissions) : IModuleInstaller
    {
        public string Name => name;

        public IReadOnlyList<string> Permissions => permissions;

        public Type Resources => typeof(DeclaringModule);

        public Type DbContextType => throw new NotSupportedException();

        public string DatabaseFileName => throw new NotSupportedException();

        public IReadOnlyList<NavigationItem> Navigation => [];

        public void AddServices(IServiceCollection services, ModuleContext context) => throw new NotSupportedException();

        public void ConfigureContainer(ContainerBuilder builder) => throw new NotSupportedException();

        public void ConfigureJobs(IQuartzBuilder quartz, ModuleContext context) => throw new NotSupportedException();

        public void MapEndpoints(IEndpointRouteBuilder endpoints) => throw new NotSupportedException();
    }
}
