using Microsoft.EntityFrameworkCore;
using WrotaCelne.Host.Composition;

namespace WrotaCelne.Host.Database;

/// <summary>Applies every enabled module's EF Core migrations to its own database.</summary>
internal static class DatabaseMigrator
{
    public static async Task<IReadOnlyList<(string Module, IReadOnlyList<string> Applied)>> MigrateAsync(IServiceProvider services, EnabledModules modules, CancellationToken cancellationToken)
    {
        var results = new List<(string, IReadOnlyList<string>)>();
        foreach (var module in modules.Installers)
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            results.Add((module.Name, pending));
        }

        return results;
    }
}
