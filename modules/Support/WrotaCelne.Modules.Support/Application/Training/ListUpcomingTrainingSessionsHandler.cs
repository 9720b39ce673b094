using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Support.Contracts.Training;

namespace WrotaCelne.Modules.Support.Application.Training;

internal sealed class ListUpcomingTrainingSessionsHandler(ISupportData data, TimeProvider clock) : IQueryHandler<ListUpcomingTrainingSessions, IReadOnlyList<TrainingSessionDto>>
{
    public async Task<IReadOnlyList<TrainingSessionDto>> HandleAsync(ListUpcomingTrainingSessions query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await data.TrainingSessions.AsNoTracking()
            .Where(s => s.StartsAtUtc >= now)
            .OrderBy(s => s.StartsAtUtc)
            .Take(100)
            .ToListAsync(cancellationToken);
        return sessions.Select(s => s.ToDto()).ToList();
    }
}
