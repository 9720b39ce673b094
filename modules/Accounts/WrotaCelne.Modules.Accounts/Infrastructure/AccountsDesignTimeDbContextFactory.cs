using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class AccountsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AccountsDbContext>();
        ModuleDatabase.Configure(options, Path.GetTempPath(), AccountsDbContext.FileName, typeof(AccountsDbContext));
        return new AccountsDbContext(options.Options);
    }
}
