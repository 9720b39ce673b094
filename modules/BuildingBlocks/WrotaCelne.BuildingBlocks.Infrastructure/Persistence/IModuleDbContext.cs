using Microsoft.EntityFrameworkCore;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// What every module DbContext carries: its outbox and inbox. Most contexts get it by deriving from
/// <see cref="ModuleDbContext"/>; one that must derive from another base (ASP.NET Core Identity's
/// context, for Accounts) implements this interface and applies <see cref="ModuleModel"/> itself.
/// </summary>
public interface IModuleDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }
}
