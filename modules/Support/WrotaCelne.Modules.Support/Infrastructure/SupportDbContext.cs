using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Support.Application;
using WrotaCelne.Modules.Support.Domain.Helpdesk;
using WrotaCelne.Modules.Support.Domain.Training;

namespace WrotaCelne.Modules.Support.Infrastructure;

internal sealed class SupportDbContext(DbContextOptions<SupportDbContext> options) : ModuleDbContext(options), ISupportData
{
    public const string FileName = "support.db";

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    Task<int> ISupportData.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Ticket>(b =>
        {
            b.ToTable("tickets");
            b.HasKey(t => t.Id);
            b.Property(t => t.Subject).HasMaxLength(200);
            b.Property(t => t.Description).HasMaxLength(10_000);
            b.Property(t => t.ContactEmail).HasMaxLength(254);
            b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(t => new { t.OrganizationId, t.OpenedAtUtc });
        });
        modelBuilder.Entity<TrainingSession>(b =>
        {
            b.ToTable("training_sessions");
            b.HasKey(s => s.Id);
            b.Property(s => s.Title).HasMaxLength(200);
            b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(s => s.StartsAtUtc);
        });
    }
}
