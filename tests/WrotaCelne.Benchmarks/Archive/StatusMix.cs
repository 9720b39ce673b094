using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Where the generated declarations are on their way: about 3 % drafts, a few percent on the way or stopped, and
/// the rest in the family's final state (transit written off, export exited, import released).
/// </summary>
internal static class StatusMix
{
    private static readonly (DeclarationStatus Status, double Share)[] Intermediate =
    [
        (DeclarationStatus.Draft, 0.030),
        (DeclarationStatus.Validated, 0.002),
        (DeclarationStatus.Signed, 0.001),
        (DeclarationStatus.Queued, 0.001),
        (DeclarationStatus.Sent, 0.002),
        (DeclarationStatus.Receipt, 0.002),
        (DeclarationStatus.MrnAllocated, 0.010),
        (DeclarationStatus.Rejected, 0.015),
        (DeclarationStatus.NotReleased, 0.005),
        (DeclarationStatus.Invalidated, 0.020),
        (DeclarationStatus.NeedsAttention, 0.003),
    ];

    public static DeclarationStatus Pick(Random random, DeclarationFamily family)
    {
        var roll = random.NextDouble();
        foreach (var (status, share) in Intermediate)
        {
            if (roll < share)
            {
                return status;
            }

            roll -= share;
        }

        return family switch
        {
            // Some transits are released and not yet written off.
            DeclarationFamily.Transit => roll < 0.05 ? DeclarationStatus.Released : DeclarationStatus.WrittenOff,
            DeclarationFamily.Export => DeclarationStatus.Exited,
            _ => DeclarationStatus.Released,
        };
    }

    /// <summary>Whether the customs system has given a declaration in this state its MRN.</summary>
    public static bool HasMrn(DeclarationStatus status) => status is DeclarationStatus.MrnAllocated or DeclarationStatus.Released or DeclarationStatus.Exited
        or DeclarationStatus.WrittenOff or DeclarationStatus.NotReleased or DeclarationStatus.Invalidated or DeclarationStatus.NeedsAttention;
}
