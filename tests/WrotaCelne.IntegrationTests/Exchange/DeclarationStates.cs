using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>Waiting for a sent declaration to reach a state, as the gateway's answers are taken in by the jobs.</summary>
internal static class DeclarationStates
{
    public static Task<DeclarationDto> StatusAsync(HttpClient client, Guid id, string status) =>
        TestHost.EventuallyAsync(async () =>
        {
            var declaration = await client.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{id}");
            return declaration!.Status == status ? declaration : null;
        }, TimeSpan.FromSeconds(40));
}
