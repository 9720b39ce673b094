using Microsoft.EntityFrameworkCore.Design;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class AccountsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => ModuleDatabase.ForDesignTime<AccountsDbContext>(AccountsDbContext.FileName, options => new AccountsDbContext(options));
}
