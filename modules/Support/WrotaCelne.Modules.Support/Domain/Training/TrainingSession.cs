using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Domain.Training;

/// <summary>A scheduled remote presentation or training.</summary>
internal sealed class TrainingSession
{
    private TrainingSession()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public TrainingKind Kind { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public int DurationMinutes { get; private set; }

    public static TrainingSession Schedule(string title, string kind, DateTime startsAtUtc, int durationMinutes, DateTime nowUtc)
    {
        var errors = new InputErrors().Require("title", title, 200);
        if (!Enum.TryParse<TrainingKind>(kind, ignoreCase: true, out var parsedKind) || !Enum.IsDefined(parsedKind) || int.TryParse(kind, out _))
        {
            errors.Add("kind", "kind.invalid", "Use presentation or training.");
        }

        if (startsAtUtc.Kind == DateTimeKind.Local)
        {
            startsAtUtc = startsAtUtc.ToUniversalTime();
        }

        if (startsAtUtc <= nowUtc)
        {
            errors.Add("startsAtUtc", "startsAt.past", "A session must start in the future.");
        }

        if (durationMinutes is < 15 or > 480)
        {
            errors.Add("durationMinutes", "duration.range", "A session lasts {0} to {1} minutes.", 15, 480);
        }

        errors.ThrowIfAny();
        return new TrainingSession
        {
            Id = Guid.CreateVersion7(),
            Title = title.Trim(),
            Kind = parsedKind,
            StartsAtUtc = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc),
            DurationMinutes = durationMinutes,
        };
    }
}
