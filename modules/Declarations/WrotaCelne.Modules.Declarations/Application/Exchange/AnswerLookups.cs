using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// Asks the gateway (GetDocuments by correlation with the sent document's sysRef) for the answers to sent declarations
/// that have been quiet for a while (<see cref="AnswerLookupPolicy"/>). GetNextDocument hands each document out once, so
/// a document handed out just before the host died, and never stored, is found here; what was stored already is
/// recognised by its gateway id and skipped.
/// </summary>
internal sealed class AnswerLookups(
    IDeclarationsData data, GatewayConnections connections, InboundDocuments inbound, AnswerLookupPolicy policy, TimeProvider clock, ILogger<AnswerLookups> logger)
{
    private const int Batch = 50;

    /// <returns>How many documents were found that had not been taken in.</returns>
    public async Task<int> LookUpDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await data.Submissions.AsNoTracking()
            .Where(s => s.State == SubmissionState.Sent && s.NextLookupAtUtc != null && s.NextLookupAtUtc <= now)
            .OrderBy(s => s.NextLookupAtUtc)
            .Take(Batch)
            .Select(s => new { s.Id, s.OrganizationId, s.SysRef })
            .ToListAsync(cancellationToken);
        var found = 0;
        foreach (var organization in due.GroupBy(s => s.OrganizationId))
        {
            var connection = await connections.ForAsync(organization.Key, cancellationToken);
            var client = connection.Endpoint is { } endpoint ? connections.ClientFor(endpoint) : null;
            foreach (var submission in organization)
            {
                var answers = client is null ? null : await client.GetDocumentsAsync(new SeapDocumentsQuery { CorrelatedSysRef = submission.SysRef }, cancellationToken);
                if (answers is { Succeeded: true })
                {
                    foreach (var document in answers.Value!.Documents)
                    {
                        if (await inbound.TakeInAsync(organization.Key, document, cancellationToken))
                        {
                            found++;
                            logger.LogWarning("Gateway document {GatewayId} answering {SysRef} was never taken in; found by looking it up", document.DispatchId, submission.SysRef);
                        }
                    }
                }
                else
                {
                    logger.LogWarning("Looking up the answers to {SysRef} failed: {Error}", submission.SysRef, answers?.Error?.Description ?? connection.Problem);
                }

                await LookedUpAsync(submission.Id, cancellationToken);
            }
        }

        return found;
    }

    private async Task LookedUpAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var submission = await data.Submissions.SingleAsync(s => s.Id == submissionId, cancellationToken);
        var status = await data.Declarations.Where(d => d.Id == submission.DeclarationId).Select(d => d.Status).SingleAsync(cancellationToken);
        submission.LookedUp(clock.GetUtcNow().UtcDateTime, DeclarationProgress.IsFinal(status), policy);
        try
        {
            await data.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            data.DiscardChanges(); // an answer moved the next look-up meanwhile
        }
    }
}
