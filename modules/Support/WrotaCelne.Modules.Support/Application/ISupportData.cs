using Microsoft.EntityFrameworkCore;
using WrotaCelne.Modules.Support.Domain.Helpdesk;
using WrotaCelne.Modules.Support.Domain.Training;

namespace WrotaCelne.Modules.Support.Application;

/// <summary>The module's unit of work as the application layer sees it.</summary>
internal interface ISupportData
{
    DbSet<Ticket> Tickets { get; }

    DbSet<TrainingSession> TrainingSessions { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
