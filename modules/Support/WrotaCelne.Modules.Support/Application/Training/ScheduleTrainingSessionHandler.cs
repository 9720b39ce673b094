using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Support.Contracts.Training;
using WrotaCelne.Modules.Support.Domain.Training;

namespace WrotaCelne.Modules.Support.Application.Training;

internal sealed class ScheduleTrainingSessionHandler(ISupportData data, TimeProvider clock) : ICommandHandler<ScheduleTrainingSession, TrainingSessionDto>
{
    public async Task<TrainingSessionDto> HandleAsync(ScheduleTrainingSession command, CancellationToken cancellationToken)
    {
        var session = TrainingSession.Schedule(command.Title, command.Kind, command.StartsAtUtc, command.DurationMinutes, clock.GetUtcNow().UtcDateTime);
        data.TrainingSessions.Add(session);
        await data.SaveChangesAsync(cancellationToken);
        return session.ToDto();
    }
}
