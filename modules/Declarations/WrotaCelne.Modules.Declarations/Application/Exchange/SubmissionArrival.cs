using WrotaCelne.Modules.Declarations.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// The gateway took a declaration's message: learnt from AcceptDocument's answer, from a look-up after an attempt
/// whose outcome was unknown, or from the first answer to it. Saved by the caller with its other changes.
/// </summary>
internal static class SubmissionArrival
{
    public static void Record(IDeclarationsData data, Submission submission, Declaration declaration, string? sysRef, bool practice, DateTime nowUtc, AnswerLookupPolicy lookups)
    {
        submission.Arrived(sysRef, nowUtc, lookups);
        declaration.MarkSent(nowUtc);
        data.AddIntegrationEvent(new DeclarationSubmitted(declaration.OrganizationId, declaration.Id, declaration.Family.ToString().ToLowerInvariant(), declaration.Lrn, sysRef ?? "", practice));
    }
}
