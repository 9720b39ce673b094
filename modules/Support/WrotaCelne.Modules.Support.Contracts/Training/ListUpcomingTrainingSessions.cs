using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Contracts.Training;

public sealed record ListUpcomingTrainingSessions : IQuery<IReadOnlyList<TrainingSessionDto>>;
