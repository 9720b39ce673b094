using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Operators;

namespace WrotaCelne.Host.Composition;

/// <summary>Getting a new install to its first operator.</summary>
internal static class FirstStart
{
    public const string Hint =
        "No platform operator exists yet. Create one with: dotnet run --project host/WrotaCelne.Host -- create-operator --email you@example.com --name \"Your Name\" (in a published install: dotnet WrotaCelne.Host.dll create-operator ...)";

    public static async Task TellHowToCreateAnOperatorAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<EnabledModules>().Installers.All(m => m.Name != "Accounts"))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var operators = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().ExecuteQueryAsync(new CountPlatformOperators(), cancellationToken);
        if (operators == 0)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("WrotaCelne.FirstStart").LogWarning(Hint);
        }
    }

    public static async Task<CreatedOperatorDto> CreateOperatorAsync(IServiceProvider services, string email, string name, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountsModule>().ExecuteCommandAsync(new CreatePlatformOperator(email, name), cancellationToken);
    }
}
