using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Contracts.Training;

public sealed record ScheduleTrainingSession(string Title, string Kind, DateTime StartsAtUtc, int DurationMinutes) : ICommand<TrainingSessionDto>;
