using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Infrastructure;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Writes generated declarations into the module's own database file, after applying the module's migrations through
/// its DbContext: the real tables, indexes and full-text triggers. Rows go in through prepared inserts built from the
/// context's model (<see cref="PreparedInsert{T}"/>), one transaction per batch, the next batch made on another core
/// while one is written.
/// </summary>
internal static class ArchiveWriter
{
    private const int BatchSize = 10_000;

    /// <summary>Applies the module's migrations that a kept database does not have yet (none, usually).</summary>
    public static async Task MigrateAsync(string dataDirectory)
    {
        await using (var context = Open(dataDirectory))
        {
            var pending = (await context.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                Console.WriteLine($"Applying {string.Join(", ", pending)} to the kept data...");
                await context.Database.MigrateAsync();
                await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            }
        }

        SqliteConnection.ClearAllPools();
    }

    public static async Task WriteAsync(string dataDirectory, IEnumerable<GeneratedDeclaration> declarations, int total)
    {
        await using (var context = Open(dataDirectory))
        {
            await context.Database.MigrateAsync();
            await context.Database.OpenConnectionAsync();

            // The generator's own connection only: a bigger page cache for building the indexes (256 MB), and no waiting for
            // the disk at each commit (a crash while generating leaves no data set file, so the next run starts again).
            await context.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-262144; PRAGMA synchronous=OFF;");

            var batches = Channel.CreateBounded<List<GeneratedDeclaration>>(2);
            var generating = TimeSpan.Zero;
            var producer = Task.Run(async () =>
            {
                try
                {
                    var made = Stopwatch.GetTimestamp();
                    foreach (var batch in declarations.Chunk(BatchSize))
                    {
                        generating += Stopwatch.GetElapsedTime(made);
                        await batches.Writer.WriteAsync([.. batch]);
                        made = Stopwatch.GetTimestamp();
                    }

                    batches.Writer.Complete();
                }
                catch (Exception e)
                {
                    batches.Writer.Complete(e);
                    throw;
                }
            });

            var connection = context.Database.GetDbConnection();
            var written = 0;
            var writing = TimeSpan.Zero;
            var started = Stopwatch.GetTimestamp();
            using var declarationInsert = new PreparedInsert<Declaration>(context, connection, null);
            using var revisionInsert = new PreparedInsert<DeclarationRevision>(context, connection, null);
            await foreach (var batch in batches.Reader.ReadAllAsync())
            {
                var saving = Stopwatch.GetTimestamp();
                await using (var transaction = await connection.BeginTransactionAsync())
                {
                    declarationInsert.Transaction = transaction;
                    revisionInsert.Transaction = transaction;
                    foreach (var generated in batch)
                    {
                        declarationInsert.Bind(generated.Declaration);
                        declarationInsert.Set(nameof(Declaration.Status), generated.Status);
                        declarationInsert.Set(nameof(Declaration.Mrn), generated.Mrn);
                        declarationInsert.Set(nameof(Declaration.UpdatedAtUtc), generated.UpdatedAtUtc);
                        declarationInsert.Execute();
                        revisionInsert.Bind(generated.Created);
                        revisionInsert.Execute();
                    }

                    await transaction.CommitAsync();
                }

                writing += Stopwatch.GetElapsedTime(saving);
                written += batch.Count;
                if (written % (BatchSize * 10) == 0 || written == total)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started);
                    Console.WriteLine($"  {written:N0} of {total:N0} declarations written, {elapsed.TotalSeconds:0} s ({written / elapsed.TotalSeconds:N0}/s; making them took {generating.TotalSeconds:0} s, writing {writing.TotalSeconds:0} s)");
                }
            }

            await producer;
            await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
    }

    private static DeclarationsDbContext Open(string dataDirectory)
    {
        var options = new DbContextOptionsBuilder<DeclarationsDbContext>();
        ModuleDatabase.Configure(options, dataDirectory, DeclarationsDbContext.FileName, typeof(DeclarationsDbContext));
        return new DeclarationsDbContext(options.Options);
    }
}
