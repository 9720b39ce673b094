using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Answers move a sent declaration forward only: in order, out of order, twice.</summary>
public sealed class DeclarationProgressTests
{
    [Theory]
    [InlineData("Sent", NotificationKind.Receipt, "Receipt")]
    [InlineData("Queued", NotificationKind.Receipt, "Receipt")] // the answer beat the dispatcher's bookkeeping
    [InlineData("Receipt", NotificationKind.MrnAllocated, "MrnAllocated")]
    [InlineData("MrnAllocated", NotificationKind.Released, "Released")]
    [InlineData("Released", NotificationKind.ExitConfirmed, "Exited")]
    [InlineData("Released", NotificationKind.WrittenOff, "WrittenOff")]
    [InlineData("Receipt", NotificationKind.Rejected, "Rejected")]
    [InlineData("Sent", NotificationKind.Rejected, "Rejected")] // NPP: refused before any receipt
    [InlineData("MrnAllocated", NotificationKind.NotReleased, "NotReleased")]
    [InlineData("Released", NotificationKind.InvalidationDecision, "Invalidated")]
    public void An_answer_in_order_moves_the_declaration_on(string current, NotificationKind kind, string expected) =>
        Assert.Equal(Status(expected), DeclarationProgress.After(Status(current), kind, accepted: true));

    [Theory]
    [InlineData("Sent", NotificationKind.Released, "Released")] // release before MRN and receipt: forward
    [InlineData("Released", NotificationKind.MrnAllocated, "Released")] // the late MRN does not take it back
    [InlineData("MrnAllocated", NotificationKind.Receipt, "MrnAllocated")]
    [InlineData("Released", NotificationKind.Released, "Released")] // a duplicate
    [InlineData("MrnAllocated", NotificationKind.Rejected, "MrnAllocated")] // a rejection after the MRN is not a rejection of it
    [InlineData("Released", NotificationKind.NotReleased, "Released")]
    [InlineData("MrnAllocated", NotificationKind.ControlDecision, "MrnAllocated")]
    [InlineData("MrnAllocated", NotificationKind.ExitConfirmed, "Exited")] // the exit overtook the release: forward, and final
    [InlineData("Receipt", NotificationKind.WrittenOff, "WrittenOff")]
    public void A_late_duplicate_or_out_of_order_answer_never_moves_it_backwards(string current, NotificationKind kind, string expected) =>
        Assert.Equal(Status(expected), DeclarationProgress.After(Status(current), kind));

    [Theory]
    [InlineData("Rejected")]
    [InlineData("NotReleased")]
    [InlineData("Exited")]
    [InlineData("WrittenOff")]
    [InlineData("Invalidated")]
    public void A_final_state_stays_final_whatever_arrives(string state)
    {
        var final = Status(state);
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            Assert.Equal(final, DeclarationProgress.After(final, kind, accepted: true));
        }
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData("Signed")]
    public void An_answer_for_a_declaration_not_yet_sent_changes_nothing(string state)
    {
        var current = Status(state);
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            Assert.Equal(current, DeclarationProgress.After(current, kind, accepted: true));
        }
    }

    [Fact]
    public void A_refused_invalidation_leaves_the_declaration_as_it_was() =>
        Assert.Equal(DeclarationStatus.Released, DeclarationProgress.After(DeclarationStatus.Released, NotificationKind.InvalidationDecision, accepted: false));

    private static DeclarationStatus Status(string name) => Enum.Parse<DeclarationStatus>(name);
}
