using WrotaCelne.Modules.Support.Contracts.Training;
using WrotaCelne.Modules.Support.Domain.Training;

namespace WrotaCelne.Modules.Support.Application.Training;

internal static class TrainingMapping
{
    public static TrainingSessionDto ToDto(this TrainingSession s) =>
        new(s.Id, s.Title, s.Kind.ToString().ToLowerInvariant(), DateTime.SpecifyKind(s.StartsAtUtc, DateTimeKind.Utc), s.DurationMinutes);
}
