using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Contracts.Roles;
using WrotaCelne.Modules.Accounts.Contracts.Tokens;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>
/// Every endpoint and page that takes an id, found from the host's own route table (so a new one is
/// covered or this test fails), called by organization A's administrator with organization B's ids:
/// each answers 404 (or 403 where only platform operators may call at all), and nothing of B changes.
/// </summary>
public sealed class CrossTenantMatrixTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Organization_A_gets_not_found_for_every_id_of_organization_B_and_B_stays_as_it_was()
    {
        var (a, organizationA) = await Host.NewOrganizationAdministratorAsync("Najeźdźca A");
        var (b, organizationB) = await Host.NewOrganizationAdministratorAsync("Ofiara B");
        var ids = await PopulateAsync(b, organizationB);
        var before = await SnapshotAsync(b);

        var calls = Routes().ToList();
        Assert.Contains(calls, c => c.Template.StartsWith("/accounts/", StringComparison.Ordinal)); // pages are in the matrix too
        var formToken = await TestHost.AntiforgeryTokenAsync(a, "/accounts/users");
        var failures = new List<string>();
        foreach (var (method, template, parameter, operatorOnly) in calls)
        {
            if (!ids.TryGetValue(parameter, out var id))
            {
                failures.Add($"{method} {template}: no id of organization B for {{{parameter}}}; add it to this matrix");
                continue;
            }

            var path = template.Replace("{" + parameter + "}", id.ToString(), StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT")
            {
                request.Content = template.StartsWith("/api/", StringComparison.Ordinal)
                    ? new StringContent(Body(template), Encoding.UTF8, "application/json")
                    : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = formToken, ["Input.DisplayName"] = "Przejęty", ["Input.Role"] = "Administrator" });
            }

            var response = await a.SendAsync(request);
            var expected = operatorOnly ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
            if (response.StatusCode != expected)
            {
                failures.Add($"{method} {path}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(calls.Count >= 15, $"only {calls.Count} calls found: is the route table read?");
        Assert.Equal(before, await SnapshotAsync(b));
        Assert.NotEqual(organizationA, organizationB);
    }

    /// <summary>Gives B one of everything an id can point at.</summary>
    private async Task<Dictionary<string, Guid>> PopulateAsync(HttpClient b, Guid organizationB)
    {
        var branch = (await (await b.PostAsJsonAsync("/api/v1/organization/branches", new { code = "B1", name = "Oddział B", address = Api.Address })).Content.ReadFromJsonAsync<BranchDto>())!;
        var role = (await (await b.PostAsJsonAsync("/api/v1/roles", new { name = "Rola B", permissions = new[] { "declarations.view" } })).Content.ReadFromJsonAsync<RoleDto>())!;
        var member = await Member.AddAsync(Host, b, "Rola B", [branch.Id]);
        var token = (await (await b.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ERP B", permissions = new[] { "declarations.view" }, expiresInDays = 30 })).Content.ReadFromJsonAsync<CreatedApiTokenDto>())!;
        var draft = (await (await b.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "B-0001", branchId = branch.Id })).Content.ReadFromJsonAsync<DraftDto>())!;
        var ticket = await Api.JsonAsync(await b.PostAsJsonAsync("/api/v1/support/tickets", new { subject = "Pomoc B", description = "Opis", contactEmail = "b@agencja.test" }));
        var template = await Api.JsonAsync(await b.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/template", new { name = "Szablon B" }));
        var contractor = await Api.JsonAsync(await b.PostAsJsonAsync("/api/v1/contractors", new { eori = "PL5261040828000", name = "Kontrahent B" }));
        var goods = await Api.JsonAsync(await b.PostAsJsonAsync("/api/v1/goods-catalogue", new { description = "Towar B", commodityCode = "847130" }));
        var guarantee = await Api.JsonAsync(await b.PostAsJsonAsync("/api/v1/guarantees", new { grn = "24PL32101000AB124", type = "1", accessCode = "AB12", amount = 5000m, currency = "PLN" }));
        var credential = await Signing.SigningCredentialTests.AddAsync(b, "Podpis B", Signing.TestCertificates.Base64KeyFile("Podpis B", TimeSpan.FromDays(365), out _), []);
        var unmatched = await Exchange.UnmatchedDocumentTests.KeepUnmatchedAsync(Host, organizationB, "CC029C_B.xml");
        return new Dictionary<string, Guid>
        {
            ["credentialId"] = credential.Id,
            ["messageId"] = unmatched,
            ["userId"] = member.Id,
            ["roleId"] = role.Id!.Value,
            ["branchId"] = branch.Id,
            ["tokenId"] = token.Details.Id,
            ["declarationId"] = draft.Id,
            ["ticketId"] = ticket.GetProperty("id").GetGuid(),
            ["organizationId"] = organizationB,
            ["guaranteeId"] = guarantee.GetProperty("id").GetGuid(),
            ["templateId"] = template.GetProperty("id").GetGuid(),
            ["contractorId"] = contractor.GetProperty("id").GetGuid(),
            ["goodsId"] = goods.GetProperty("id").GetGuid(),
        };
    }

    /// <summary>Everything B's administrator can read about B.</summary>
    private static async Task<string> SnapshotAsync(HttpClient b)
    {
        var parts = new List<string>();
        foreach (var path in new[] { "/api/v1/organization", "/api/v1/organization/branches", "/api/v1/users", "/api/v1/roles", "/api/v1/me/tokens", "/api/v1/declarations", "/api/v1/guarantees", "/api/v1/declaration-templates", "/api/v1/contractors", "/api/v1/goods-catalogue", "/api/v1/signing/credentials", "/api/v1/declarations/unmatched-documents?reviewed=true" })
        {
            var response = await b.GetAsync(path);
            response.EnsureSuccessStatusCode();
            parts.Add(path + " " + await response.Content.ReadAsStringAsync());
        }

        // Last-used times change when a token is used; B's token is not used here, so the snapshot stays exact.
        return string.Join('\n', parts);
    }

    /// <summary>Every route with one id parameter, with each HTTP method it answers.</summary>
    private IEnumerable<(string Method, string Template, string Parameter, bool OperatorOnly)> Routes()
    {
        var endpoints = Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var parameters = endpoint.RoutePattern.Parameters.Where(p => p.ParameterPolicies.Any(policy => policy.Content == "guid")).ToList();
            if (parameters.Count != 1 || !(template.StartsWith("/api/", StringComparison.Ordinal) || template.StartsWith("/accounts/", StringComparison.Ordinal)))
            {
                continue;
            }

            var raw = template.Replace(":guid", "", StringComparison.Ordinal);
            var operatorOnly = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(d => d.Policy == AccessPolicies.PlatformOperator);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]; // a page answers GET and its handlers' POSTs
            foreach (var method in methods)
            {
                yield return (method, raw, parameters[0].Name, operatorOnly);
            }

            if (raw == "/accounts/users/{userId}")
            {
                foreach (var handler in new[] { "Disable", "Enable", "ResetPassword" })
                {
                    yield return ("POST", raw + "?handler=" + handler, parameters[0].Name, operatorOnly);
                }
            }
        }
    }

    private static string Body(string template) => template switch
    {
        _ when template.StartsWith("/api/v1/users/", StringComparison.Ordinal) => """{"displayName":"Przejęty","role":"Administrator"}""",
        _ when template.StartsWith("/api/v1/roles/", StringComparison.Ordinal) => """{"permissions":["accounts.users.manage"]}""",
        _ when template.StartsWith("/api/v1/organization/branches/", StringComparison.Ordinal) => """{"code":"HACK","name":"Przejęty","address":{"street":"a","city":"b","postalCode":"00-001","country":"PL"}}""",
        _ when template.StartsWith("/api/v1/declarations/", StringComparison.Ordinal) =>
            """{"revision":0,"document":{"family":"transit","lrn":"HACK"},"role":"consignee","contractorId":"01a211e2-ca0f-7eb9-81fa-1110a9c2fe17","catalogueIds":["01a211e2-ca0f-7eb9-81fa-1110a9c2fe17"],"name":"Przejęty"}""",
        _ when template.StartsWith("/api/v1/declaration-templates/", StringComparison.Ordinal) => """{"name":"Przejęty","document":{"family":"transit"}}""",
        _ when template.StartsWith("/api/v1/contractors/", StringComparison.Ordinal) => """{"name":"Przejęty"}""",
        _ when template.StartsWith("/api/v1/goods-catalogue/", StringComparison.Ordinal) => """{"description":"Przejęte"}""",
        _ => """{"reason":"przejęcie"}""",
    };
}
