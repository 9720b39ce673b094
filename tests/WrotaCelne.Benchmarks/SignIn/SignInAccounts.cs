using WrotaCelne.Benchmarks.Hosting;

namespace WrotaCelne.Benchmarks.SignIn;

/// <param name="Clients">One per load client; with more clients than accounts, clients share them in turn.</param>
/// <param name="Probe">The person timing other pages.</param>
/// <param name="Victim">The account the password flood guesses at (it ends locked out).</param>
/// <param name="Bystander">Signs in right after the password flood, from the flooding address and from another one.</param>
internal sealed record SignInAccounts(IReadOnlyList<BenchAccount> Clients, BenchAccount Probe, BenchAccount Victim, BenchAccount Bystander)
{
    public static async Task<SignInAccounts> CreateAsync(string dataDirectory, int clients)
    {
        var all = await AccountSetup.CreateAsync(dataDirectory, clients + 3);
        return new SignInAccounts([.. all.Take(clients)], all[clients], all[clients + 1], all[clients + 2]);
    }
}
