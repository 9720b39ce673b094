using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>
/// Where an answer of the administration takes a sent declaration. Answers may arrive late, twice or out of order
/// (a release before the MRN): a declaration only ever moves forward, and a final state stays final.
/// </summary>
internal static class DeclarationProgress
{
    /// <summary>How far along the way to the archive each state is; final states end the way.</summary>
    private static readonly Dictionary<DeclarationStatus, int> Rank = new()
    {
        [DeclarationStatus.Draft] = 0,
        [DeclarationStatus.Validated] = 1,
        [DeclarationStatus.Signed] = 2,
        [DeclarationStatus.Queued] = 3,
        [DeclarationStatus.NeedsAttention] = 3,
        [DeclarationStatus.Sent] = 4,
        [DeclarationStatus.Receipt] = 5,
        [DeclarationStatus.MrnAllocated] = 6,
        [DeclarationStatus.Released] = 7,
        [DeclarationStatus.Exited] = 8,
        [DeclarationStatus.WrittenOff] = 8,
    };

    public static bool IsFinal(DeclarationStatus status) =>
        status is DeclarationStatus.Exited or DeclarationStatus.WrittenOff or DeclarationStatus.Rejected or DeclarationStatus.NotReleased or DeclarationStatus.Invalidated;

    /// <summary>Whether the declaration was handed to the gateway (answers only count from then on).</summary>
    public static bool IsUnderway(DeclarationStatus status) => Rank.TryGetValue(status, out var rank) && rank >= Rank[DeclarationStatus.Queued];

    /// <summary>The state after <paramref name="kind"/>; the same state when the answer changes nothing (a duplicate, a late receipt, a control notice).</summary>
    /// <param name="accepted">For an invalidation decision: whether the invalidation was granted.</param>
    public static DeclarationStatus After(DeclarationStatus current, NotificationKind kind, bool? accepted = null)
    {
        if (IsFinal(current) || !IsUnderway(current))
        {
            return current;
        }

        var target = kind switch
        {
            NotificationKind.Receipt or NotificationKind.Accepted => DeclarationStatus.Receipt,
            NotificationKind.MrnAllocated => DeclarationStatus.MrnAllocated,
            NotificationKind.Released => DeclarationStatus.Released,
            NotificationKind.ExitConfirmed => DeclarationStatus.Exited,
            NotificationKind.WrittenOff => DeclarationStatus.WrittenOff,

            // A rejection refuses the declaration itself: it can come only before the MRN makes it an operation.
            NotificationKind.Rejected when Rank[current] < Rank[DeclarationStatus.MrnAllocated] => DeclarationStatus.Rejected,
            NotificationKind.NotReleased when Rank[current] < Rank[DeclarationStatus.Released] => DeclarationStatus.NotReleased,
            NotificationKind.InvalidationDecision when accepted == true => DeclarationStatus.Invalidated,
            _ => current,
        };
        return target == current || IsFinal(target) || Rank[target] > Rank[current] ? target : current;
    }
}
