using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Registers a module's DbContext on its own database file in the data directory.</summary>
public static class ModuleDatabase
{
    /// <summary>The connection string of a module database file (<c>accounts.db</c>, ...).</summary>
    public static string ConnectionString(string dataDirectory, string fileName) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, fileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = SqlitePragmaInterceptor.BusyTimeoutMilliseconds / 1000,
        }.ToString();

    /// <summary>Options for a module database; used by the runtime registration and by design-time factories.</summary>
    public static void Configure(DbContextOptionsBuilder options, string dataDirectory, string fileName, Type contextType)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSqlite(ConnectionString(dataDirectory, fileName), sqlite =>
            {
                sqlite.MigrationsAssembly(contextType.Assembly.FullName);
                sqlite.MigrationsHistoryTable("__ef_migrations_history");
            })
            .AddInterceptors(SqlitePragmaInterceptor.Instance);
    }

    /// <summary>What a module's design-time factory returns to <c>dotnet ef</c>: the context on a scratch file, never a real data directory.</summary>
    public static TContext ForDesignTime<TContext>(string fileName, Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(create);
        var options = new DbContextOptionsBuilder<TContext>();
        Configure(options, Path.GetTempPath(), fileName, typeof(TContext));
        return create(options.Options);
    }

    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, ModuleContext context, string fileName)
        where TContext : DbContext, IModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddDbContext<TContext>(o => Configure(o, context.DataDirectory, fileName, typeof(TContext)));
        return services;
    }
}
