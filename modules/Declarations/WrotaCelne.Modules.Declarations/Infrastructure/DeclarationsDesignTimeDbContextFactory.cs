using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class DeclarationsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeclarationsDbContext>
{
    public DeclarationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<DeclarationsDbContext>();
        ModuleDatabase.Configure(options, Path.GetTempPath(), DeclarationsDbContext.FileName, typeof(DeclarationsDbContext));
        return new DeclarationsDbContext(options.Options);
    }
}
