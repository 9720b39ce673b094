namespace WrotaCelne.Modules.Support.Contracts.Training;

/// <summary>A scheduled remote presentation or training. <paramref name="Kind"/> is <c>presentation</c> or <c>training</c>.</summary>
public sealed record TrainingSessionDto(Guid Id, string Title, string Kind, DateTime StartsAtUtc, int DurationMinutes);
