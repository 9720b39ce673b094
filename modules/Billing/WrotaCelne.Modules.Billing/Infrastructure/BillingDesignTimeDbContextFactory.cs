using Microsoft.EntityFrameworkCore.Design;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.Modules.Billing.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class BillingDesignTimeDbContextFactory : IDesignTimeDbContextFactory<BillingDbContext>
{
    public BillingDbContext CreateDbContext(string[] args) => ModuleDatabase.ForDesignTime<BillingDbContext>(BillingDbContext.FileName, options => new BillingDbContext(options));
}
