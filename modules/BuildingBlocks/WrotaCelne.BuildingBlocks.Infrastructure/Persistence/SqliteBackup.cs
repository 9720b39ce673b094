using Microsoft.Data.Sqlite;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Consistent online copies of SQLite databases (<c>VACUUM INTO</c>: one read transaction, writers keep going).</summary>
public static class SqliteBackup
{
    public static async Task CopyAsync(string sourceFile, string targetFile, CancellationToken cancellationToken)
    {
        if (File.Exists(targetFile))
        {
            throw new IOException($"The backup target {targetFile} already exists; choose an empty folder.");
        }

        var source = new SqliteConnectionStringBuilder { DataSource = sourceFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(source);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=10000; VACUUM INTO $target;";
        command.Parameters.AddWithValue("$target", targetFile);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        // A backup is one self-contained file: no -wal or -shm beside it. The host turns WAL back on when it opens a restored file.
        var copy = new SqliteConnectionStringBuilder { DataSource = targetFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        await using var copyConnection = new SqliteConnection(copy);
        await copyConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var journal = copyConnection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=DELETE;";
        await journal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c> and returns its answer (<c>ok</c> when healthy).</summary>
    public static async Task<string> IntegrityCheckAsync(string file, CancellationToken cancellationToken)
    {
        var cs = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(cs);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
