using System.Net;
using System.Net.Http.Json;
using WrotaCelne.Benchmarks.Hosting;
using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Contracts.Users;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Gives the big organization what a large agency has, through the product's API as its administrator would:
/// the administrator's own password, five branches, and twenty operators, four in each branch.
/// </summary>
internal static class StaffSetup
{
    public const int BranchCount = 5;
    public const int UserCount = 20;

    /// <summary>What the administrator chooses at the first sign-in; the benchmark signs in with it later.</summary>
    private const string AdministratorPassword = "Archiwum-Bench-2026!";

    private static readonly (string Code, string Name, string City, string Postcode)[] Branches =
    [
        ("WAW", "Oddział Warszawa", "Warszawa", "00-950"), ("GDA", "Oddział Gdańsk", "Gdańsk", "80-001"), ("POZ", "Oddział Poznań", "Poznań", "60-001"),
        ("KAT", "Oddział Katowice", "Katowice", "40-001"), ("SZZ", "Oddział Świecko", "Słubice", "69-100"),
    ];

    private static readonly string[] Names =
    [
        "Anna Nowak", "Piotr Wiśniewski", "Katarzyna Wójcik", "Tomasz Kowalczyk", "Małgorzata Kamińska", "Paweł Lewandowski", "Agnieszka Zielińska",
        "Krzysztof Szymański", "Magdalena Woźniak", "Michał Dąbrowski", "Joanna Kozłowska", "Łukasz Jankowski", "Ewa Mazur", "Grzegorz Kwiatkowski",
        "Barbara Krawczyk", "Jacek Piotrowski", "Dorota Grabowska", "Marek Nowakowski", "Zofia Pawłowska", "Jerzy Michalski",
    ];

    public static async Task<(BenchAccount Administrator, ArchiveOrganization Organization)> CreateAsync(BenchHost host, BenchAccount administrator, int declarations)
    {
        using var client = host.NewClient(useCookies: true);
        var signedIn = await FormSignIn.SignInFirstTimeAsync(client, administrator, AdministratorPassword);
        var branches = new List<Guid>(BranchCount);
        foreach (var (code, name, city, postcode) in Branches)
        {
            var branch = await PostAsync<BranchDto>(client, "/api/v1/organization/branches", new { code, name, address = new AddressDto("ul. Celna 1", city, postcode, "PL") });
            branches.Add(branch.Id);
        }

        var users = new List<ArchiveUser>(UserCount);
        for (var i = 0; i < UserCount; i++)
        {
            var email = $"operator-{i + 1}-{Guid.NewGuid():N}@agencja.test";
            var branch = branches[i % branches.Count];
            var added = await PostAsync<OneTimePasswordDto>(client, "/api/v1/users", new { email, displayName = Names[i], role = "Operator", branchIds = new[] { branch } });
            users.Add(new ArchiveUser(added.User.Id, email, branch));
        }

        return (signedIn, new ArchiveOrganization(administrator.OrganizationId, branches, users, declarations));
    }

    private static async Task<T> PostAsync<T>(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<T>() ?? throw new InvalidOperationException($"POST {path} answered no body.");
    }
}
