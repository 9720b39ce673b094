using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Declarations.Endpoints;
using WrotaCelne.Modules.Declarations.Infrastructure;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// For each search scenario, runs the module's own search (<see cref="ArchiveSearch"/>) in this process on the kept data,
/// and prints how long it took, the SQL EF Core sent and SQLite's plan for it (EXPLAIN QUERY PLAN): what to look at
/// when a scenario misses its target.
/// </summary>
internal static class QueryPlans
{
    public static async Task PrintAsync(string dataDirectory, ArchiveDataSet dataSet)
    {
        var recorder = new CommandRecorder();
        var options = new DbContextOptionsBuilder<DeclarationsDbContext>();
        ModuleDatabase.Configure(options, dataDirectory, DeclarationsDbContext.FileName, typeof(DeclarationsDbContext));
        options.AddInterceptors(recorder);
        var caller = new CallerScope(dataSet.Organization.Id, []);
        foreach (var scenario in SearchScenarios.For(dataSet))
        {
            await using var context = new DeclarationsDbContext(options.Options);
            var request = Request(scenario.Example);
            var search = new SearchDeclarations(caller, request.ToFilter(), request.Page ?? 1, request.PageSize ?? 50);
            var times = new List<double>();
            DeclarationPage? page = null;
            for (var i = 0; i < 3; i++)
            {
                recorder.Clear();
                var started = Stopwatch.GetTimestamp();
                page = await new ArchiveSearch(context).HandleAsync(search, CancellationToken.None);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            Console.WriteLine($"== {scenario.Name}: ?{scenario.Example}");
            Console.WriteLine($"   {page!.Items.Count} rows; {string.Join(", ", times.Select(t => $"{t:0.0} ms"))}");
            foreach (var command in recorder.Commands)
            {
                Console.WriteLine("   " + command.Text.ReplaceLineEndings("\n   "));
                foreach (var line in await PlanAsync(context, command))
                {
                    Console.WriteLine("   | " + line);
                }
            }

            Console.WriteLine();
        }

        SqliteConnection.ClearAllPools();
    }

    private static async Task<IReadOnlyList<string>> PlanAsync(DeclarationsDbContext context, RecordedCommand recorded)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + recorded.Text;
            foreach (var (name, value) in recorded.Parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
            }

            var depth = new Dictionary<long, int>();
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var level = depth.GetValueOrDefault(reader.GetInt64(1), -1) + 1;
                depth[reader.GetInt64(0)] = level;
                lines.Add(new string(' ', 2 * level) + reader.GetString(3));
            }

            return lines;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The query string as the endpoint binds it.</summary>
    private static ArchiveRequest Request(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        string? Text(string name) => values.TryGetValue(name, out var v) ? v.ToString() : null;
        return new ArchiveRequest(
            Text("family"),
            Text("status"),
            Text("lrn"),
            Text("mrn"),
            Text("party"),
            Text("office"),
            Text("from") is { } from ? DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture) : null,
            Text("to") is { } to ? DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture) : null,
            Text("user") is { } user ? Guid.Parse(user) : null,
            Text("branch") is { } branch ? Guid.Parse(branch) : null,
            Text("q"),
            Text("sort"),
            Text("page") is { } number ? int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) : null,
            null);
    }
}
