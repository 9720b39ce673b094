using System.CommandLine;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Host.Database;

namespace WrotaCelne.Host.Composition;

/// <summary>
/// The host executable's commands. Without a command it runs the server; <c>migrate</c> and <c>backup</c>
/// act on the module databases and exit. Configuration arguments (<c>--DataDirectory=/srv/wc</c>,
/// <c>--urls=...</c>) pass through to the host configuration in every case.
/// </summary>
public static class HostCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("Wrota Celne: electronic customs declarations. Without a command, runs the server.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (_, cancellationToken) =>
        {
            await using var app = await WrotaCelneApplication.CreateAsync(args, cancellationToken: cancellationToken);
            await FirstStart.TellHowToCreateAnOperatorAsync(app.Services, cancellationToken);
            await app.RunAsync();
            return 0;
        });

        var migrate = new Command("migrate", "Applies every enabled module's database migrations, then exits.") { TreatUnmatchedTokensAsErrors = false };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await WrotaCelneApplication.CreateAsync(ConfigArgs(parse), NoAutoMigration, cancellationToken);
            var applied = await DatabaseMigrator.MigrateAsync(app.Services, app.Services.GetRequiredService<EnabledModules>(), cancellationToken);
            foreach (var (module, migrations) in applied)
            {
                Console.WriteLine(migrations.Count == 0 ? $"{module}: up to date" : $"{module}: applied {string.Join(", ", migrations)}");
            }

            return 0;
        });

        var output = new Option<string>("--output", "-o") { Description = "A new, empty folder to write the backup into.", Required = true };
        var backup = new Command("backup", "Takes a consistent online copy of every module database into a folder (safe while the server runs).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        backup.Options.Add(output);
        backup.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await WrotaCelneApplication.CreateAsync(ConfigArgs(parse), NoAutoMigration, cancellationToken);
            try
            {
                var result = await BackupCommand.RunAsync(ModuleCatalog.All(), app.Services.GetRequiredService<EnabledModules>(), app.Services.GetRequiredService<HostSettings>().DataDirectory, parse.GetValue(output)!, cancellationToken);
                foreach (var file in result.Files)
                {
                    Console.WriteLine($"{file.Name}\t{file.Bytes} bytes\tsha256 {file.Sha256}");
                }

                Console.WriteLine($"Backup written to {result.Folder}");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"Backup failed: {e.Message}");
                return 1;
            }
        });

        var email = new Option<string>("--email") { Description = "The operator's e-mail address (the sign-in name).", Required = true };
        var name = new Option<string>("--name") { Description = "The operator's name as shown in the console.", Required = true };
        var createOperator = new Command("create-operator", "Creates a platform operator (an administrator of this install) and prints a one-time password.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        createOperator.Options.Add(email);
        createOperator.Options.Add(name);
        createOperator.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await WrotaCelneApplication.CreateAsync(ConfigArgs(parse), QuietStart, cancellationToken);
            try
            {
                var created = await FirstStart.CreateOperatorAsync(app.Services, parse.GetValue(email)!, parse.GetValue(name)!, cancellationToken);
                Console.WriteLine($"Operator {created.Email} created.");
                Console.WriteLine($"One-time password (shown only now): {created.OneTimePassword}");
                return 0;
            }
            catch (Exception e) when (e is InvalidInputException or ConflictException)
            {
                await Console.Error.WriteLineAsync($"The operator was not created: {e.Message}");
                return 1;
            }
        });

        root.Subcommands.Add(migrate);
        root.Subcommands.Add(createOperator);
        root.Subcommands.Add(backup);
        return await root.Parse(args).InvokeAsync();
    }

    private static void NoAutoMigration(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection([new("Database:MigrateOnStart", "false"), new("Logging:LogLevel:Default", "Warning")]);

    /// <summary>For commands that need the databases ready (migrated) but no chatter.</summary>
    private static void QuietStart(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection([new("Logging:LogLevel:Default", "Warning")]);

    /// <summary>The arguments left for host configuration: whatever the command's own options did not consume.</summary>
    private static string[] ConfigArgs(ParseResult parse) => [.. parse.UnmatchedTokens];
}
