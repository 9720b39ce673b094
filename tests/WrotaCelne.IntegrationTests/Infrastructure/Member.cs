using System.Net;
using System.Net.Http.Json;
using WrotaCelne.Modules.Accounts.Contracts.Users;

namespace WrotaCelne.IntegrationTests.Infrastructure;

/// <summary>A user an administrator added, signed in on its own client with its chosen password.</summary>
public sealed record Member(Guid Id, string Email, HttpClient Client)
{
    /// <summary>Adds a user through <paramref name="administrator"/> and signs the user in for the first time.</summary>
    public static async Task<Member> AddAsync(TestHost host, HttpClient administrator, string role, IReadOnlyList<Guid>? branchIds = null, string displayName = "Olga Operator")
    {
        var email = Api.NewEmail("member");
        var response = await administrator.PostAsJsonAsync("/api/v1/users", new { email, displayName, role, branchIds });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"The user could not be added: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var added = (await response.Content.ReadFromJsonAsync<OneTimePasswordDto>())!;
        var client = host.NewClient();
        await TestHost.SignInFirstTimeAsync(client, email, added.OneTimePassword);
        return new Member(added.User.Id, email, client);
    }
}
