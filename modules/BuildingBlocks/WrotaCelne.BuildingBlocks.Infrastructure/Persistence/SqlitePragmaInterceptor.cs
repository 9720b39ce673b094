using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Applies the connection settings every module database needs on SQLite: WAL journal (readers never
/// block the writer), synchronous=FULL (an acknowledged write survives power loss), a busy timeout so
/// concurrent writers wait instead of failing, and foreign keys. Kept here so module code stays
/// provider-agnostic.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 10_000;

    private const string SessionPragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    // journal_mode is stored in the file; switching it writes, so read-only connections (EF Core's existence check) skip it.
    private const string WritablePragmas = "PRAGMA journal_mode=WAL; " + SessionPragmas;

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? SessionPragmas : WritablePragmas;
}
