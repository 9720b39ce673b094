using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Guarantees;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>The guarantees register for transit, and the check digits of MRNs and GRNs.</summary>
public sealed class GuaranteeTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Theory]
    [InlineData("21DE27364916384836", true)] // the examples of the domain notes
    [InlineData("21DE12345678901234", true)]
    [InlineData("21DE27364916384837", false)]
    [InlineData("21de27364916384836", false)]
    [InlineData("21DE2736491638483", false)]
    public void Mrn_check_digits(string mrn, bool valid) => Assert.Equal(valid, Mrn.IsValid(mrn));

    [Theory]
    [InlineData("24PL32101000AB124", true)]
    [InlineData("25PL0000000000X92", true)]
    [InlineData("26DE1234567890AB0", true)]
    [InlineData("26DE1234567890AB0A123456", true)] // with the optional suffix
    [InlineData("26DE1234567890AB1", false)]
    [InlineData("26DE1234567890AB0A12345", false)]
    public void Grn_check_digits(string grn, bool valid) => Assert.Equal(valid, Grn.IsValid(grn));

    [Fact]
    public async Task The_register_keeps_guarantees_with_encrypted_access_codes_per_organization()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync();
        var response = await administrator.PostAsJsonAsync("/api/v1/guarantees", new { grn = "24pl32101000ab124", type = "1", accessCode = "ZQ7X", amount = 100000.50m, currency = "pln", description = "Generalne" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = (await response.Content.ReadFromJsonAsync<GuaranteeDto>())!;
        Assert.Equal(("24PL32101000AB124", "PLN", 100000.50m, true), (added.Grn, added.Currency, added.Amount, added.HasAccessCode));
        Assert.DoesNotContain("ZQ7X", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>().Guarantees.AsNoTracking().SingleAsync(g => g.Id == added.Id);
            Assert.NotNull(stored.ProtectedAccessCode);
            Assert.DoesNotContain("ZQ7X", stored.ProtectedAccessCode, StringComparison.Ordinal);
            Assert.Equal("ZQ7X", scope.ServiceProvider.GetRequiredService<WrotaCelne.Modules.Declarations.Application.ISecretProtector>().Unprotect(stored.ProtectedAccessCode!));
            Assert.Equal(organizationId, stored.OrganizationId);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await administrator.PostAsJsonAsync("/api/v1/guarantees", new { grn = "24PL32101000AB124", type = "1", amount = 1m, currency = "PLN" })).StatusCode);
        var bad = await administrator.PostAsJsonAsync("/api/v1/guarantees", new { grn = "24PL32101000AB125", type = "11", accessCode = "A", amount = 0.001m, currency = "XYZ" });
        var codes = (await Api.JsonAsync(bad)).GetProperty("codes");
        Assert.Equal("grn.invalid", codes.GetProperty("grn")[0].GetString());
        Assert.Equal("guarantee.type", codes.GetProperty("type")[0].GetString());
        Assert.Equal("guarantee.accessCode", codes.GetProperty("accessCode")[0].GetString());
        Assert.Equal("guarantee.amount", codes.GetProperty("amount")[0].GetString());
        Assert.Equal("currency.unknown", codes.GetProperty("currency")[0].GetString());

        var (other, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Empty((await other.GetFromJsonAsync<List<GuaranteeDto>>("/api/v1/guarantees"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/guarantees/{added.Id}")).StatusCode);
        Assert.Single((await administrator.GetFromJsonAsync<List<GuaranteeDto>>("/api/v1/guarantees"))!);
        Assert.Equal(HttpStatusCode.NoContent, (await administrator.DeleteAsync($"/api/v1/guarantees/{added.Id}")).StatusCode);
        Assert.Empty((await administrator.GetFromJsonAsync<List<GuaranteeDto>>("/api/v1/guarantees"))!);
    }
}
