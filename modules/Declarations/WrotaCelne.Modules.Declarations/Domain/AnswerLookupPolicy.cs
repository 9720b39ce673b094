namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// When the platform asks the gateway for the answers to a sent document instead of waiting for GetNextDocument: after
/// <see cref="QuietPeriod"/> without an answer, then less and less often as the document ages (half its age, at most a
/// day), until <see cref="GiveUpAfter"/>. GetNextDocument hands a document out once; this finds one the platform took
/// but never stored.
/// </summary>
internal sealed record AnswerLookupPolicy(TimeSpan QuietPeriod, TimeSpan GiveUpAfter)
{
    public static AnswerLookupPolicy Default { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromDays(30));

    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    /// <returns>The next look-up, or null when the document is too old to ask about.</returns>
    public DateTime? Next(DateTime sentAtUtc, DateTime nowUtc)
    {
        var age = nowUtc - sentAtUtc;
        if (age >= GiveUpAfter)
        {
            return null;
        }

        var wait = TimeSpan.FromTicks(Math.Clamp(age.Ticks / 2, QuietPeriod.Ticks, Math.Max(QuietPeriod.Ticks, MaxWait.Ticks)));
        return nowUtc + wait;
    }
}
