using Microsoft.EntityFrameworkCore.Design;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class DeclarationsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeclarationsDbContext>
{
    public DeclarationsDbContext CreateDbContext(string[] args) => ModuleDatabase.ForDesignTime<DeclarationsDbContext>(DeclarationsDbContext.FileName, options => new DeclarationsDbContext(options));
}
