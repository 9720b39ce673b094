using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.Host.Composition;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;

namespace WrotaCelne.Benchmarks.Hosting;

/// <summary>
/// Prepares a data directory before any host serves it: builds the application in this process (which
/// migrates the databases), registers organizations through the Accounts facade and keeps their
/// administrators' one-time passwords. The server itself is not started here.
/// </summary>
internal static class AccountSetup
{
    public static async Task<IReadOnlyList<BenchAccount>> CreateAsync(string dataDirectory, int count)
    {
        var accounts = new List<BenchAccount>(count);
        await using (var app = await WrotaCelneApplication.CreateAsync(
        [
            $"--contentRoot={AppContext.BaseDirectory}",
            "--environment=Production",
            $"--DataDirectory={dataDirectory}",
            $"--Jobs:SchedulerName=bench-setup-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning",
        ]))
        {
            for (var i = 0; i < count; i++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var module = scope.ServiceProvider.GetRequiredService<IAccountsModule>();
                var email = $"bench-{i}-{Guid.NewGuid():N}@agencja.test";
                var registered = await module.ExecuteCommandAsync(new RegisterOrganization($"Agencja Bench {i}", TestNip.Next(), null, null, Address, email, "Bench Administrator"));
                accounts.Add(new BenchAccount(registered.AdministratorEmail, registered.AdministratorOneTimePassword, registered.Organization.Id));
            }
        }

        // The host process opens these databases next; leave no pooled connection of ours on them.
        SqliteConnection.ClearAllPools();
        return accounts;
    }

    private static readonly AddressDto Address = new("ul. Celna 1", "Warszawa", "00-950", "PL");
}
