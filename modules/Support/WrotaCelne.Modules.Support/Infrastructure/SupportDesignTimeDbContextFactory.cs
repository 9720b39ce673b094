using Microsoft.EntityFrameworkCore.Design;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.Modules.Support.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class SupportDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SupportDbContext>
{
    public SupportDbContext CreateDbContext(string[] args) => ModuleDatabase.ForDesignTime<SupportDbContext>(SupportDbContext.FileName, options => new SupportDbContext(options));
}
