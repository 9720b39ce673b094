using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// Sends due outbox rows to the gateway. Rows are claimed with a lease, so a second dispatcher (or this one after a
/// restart) never sends a row another is sending; an attempt is recorded before the call, and a row whose last
/// attempt may have arrived is first looked for at the gateway, so a document is never accepted twice.
/// </summary>
internal sealed class SubmissionDispatcher(
    IDeclarationsData data,
    GatewayConnections connections,
    RetryPolicy retries,
    AnswerLookupPolicy lookups,
    DispatcherStartup startup,
    GatewayQueues queues,
    TimeProvider clock,
    ILogger<SubmissionDispatcher> logger)
{
    public const string HttpClientName = "seap";

    /// <summary>Longer than the gateway's own 180 s limit on a call, so a lease never runs out under a live call.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Batch = 20;

    /// <summary>How long one run keeps taking batches while rows are due (the next run goes on).</summary>
    private static readonly TimeSpan RunBudget = TimeSpan.FromSeconds(30);

    /// <returns>How many rows were worked on.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        if (startup.IsFirstRun())
        {
            await ReleaseOrphanedLeasesAsync(cancellationToken);
        }

        var ends = clock.GetUtcNow() + RunBudget;
        var worked = 0;
        int batch;
        do
        {
            batch = await DispatchBatchAsync(cancellationToken);
            worked += batch;
        }
        while (batch > 0 && clock.GetUtcNow() < ends);

        return worked;
    }

    private async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lease = Guid.NewGuid();
        var due = await data.Submissions
            .Where(s => s.State == SubmissionState.Pending && s.NextAttemptAtUtc <= now && (s.LeaseUntilUtc == null || s.LeaseUntilUtc < now))
            .OrderBy(s => s.NextAttemptAtUtc)
            .Select(s => s.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        // The claim is one UPDATE: of two dispatchers racing for a row, only the one whose lease was written gets it.
        var until = now + Lease;
        await data.Submissions
            .Where(s => due.Contains(s.Id) && s.State == SubmissionState.Pending && (s.LeaseUntilUtc == null || s.LeaseUntilUtc < now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseId, lease).SetProperty(s => s.LeaseUntilUtc, until).SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
        var claimed = await data.Submissions.Where(s => s.LeaseId == lease).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var id in claimed)
        {
            // Loaded one by one: a failure on an earlier row clears the change tracker, and a detached row's changes would not be saved.
            var submission = await data.Submissions.SingleAsync(s => s.Id == id, cancellationToken);
            try
            {
                await DispatchAsync(submission, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The inbox settled the row meanwhile (an answer showed an earlier attempt arrived): nothing more to do here.
                data.DiscardChanges();
                logger.LogInformation("Submission {SubmissionId} ({Lrn}) changed while being sent; left as the other change made it", submission.Id, submission.Lrn);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await BrokeAsync(submission.Id, e, cancellationToken);
            }
        }

        return claimed.Count;
    }

    /// <summary>
    /// One node runs the dispatcher (SQLite, Quartz in memory), so a lease that exists when the process starts was taken
    /// by a process that died. Its rows go out again at once (asking the gateway first whether they arrived) instead of
    /// waiting for the lease to run out.
    /// </summary>
    private async Task ReleaseOrphanedLeasesAsync(CancellationToken cancellationToken)
    {
        var released = await data.Submissions
            .Where(s => s.State == SubmissionState.Pending && s.LeaseId != null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseId, (Guid?)null).SetProperty(s => s.LeaseUntilUtc, (DateTime?)null).SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
        if (released > 0)
        {
            logger.LogWarning("Released {Count} submission lease(s) left by a process that stopped while sending", released);
        }
    }

    /// <summary>The platform failed on a row (not the gateway): counted as an attempt, so a row that always fails is parked and the others go on.</summary>
    private async Task BrokeAsync(Guid submissionId, Exception error, CancellationToken cancellationToken)
    {
        data.DiscardChanges();
        var submission = await data.Submissions.SingleAsync(s => s.Id == submissionId, cancellationToken);
        if (submission.State != SubmissionState.Pending)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var parked = submission.Broke(error.GetBaseException().Message, retries, now);
        if (parked && await data.Declarations.SingleOrDefaultAsync(d => d.Id == submission.DeclarationId, cancellationToken) is { } declaration)
        {
            declaration.NeedAttention(submission.LastError!, now);
        }

        await data.SaveChangesAsync(cancellationToken);
        logger.LogError(error, "Sending submission {SubmissionId} ({Lrn}) failed in the platform (attempt {Attempts}){Parked}", submission.Id, submission.Lrn, submission.Attempts, parked ? "; parked" : "");
    }

    private async Task DispatchAsync(Submission submission, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.SingleAsync(d => d.Id == submission.DeclarationId, cancellationToken);
        var connection = await connections.ForAsync(submission.OrganizationId, cancellationToken);
        if (connection.Endpoint is null)
        {
            await FailAsync(submission, declaration, connection.Problem!, mayHaveArrived: submission.MayHaveArrived, retryable: false, cancellationToken);
            return;
        }

        var message = await data.Messages.AsNoTracking().SingleAsync(m => m.Id == submission.MessageId, cancellationToken);
        var client = connections.ClientFor(connection.Endpoint);
        if (submission.MayHaveArrived)
        {
            var earlier = await FindEarlierAsync(client, submission, message, cancellationToken);
            switch (earlier)
            {
                case Earlier.Arrived arrived:
                    await ArrivedAsync(submission, declaration, arrived.SysRef, connection.Practice, cancellationToken);
                    return;
                case Earlier.NotAsked notAsked:
                    submission.LookupFailed();
                    await FailAsync(submission, declaration, notAsked.Why, mayHaveArrived: true, retryable: true, cancellationToken);
                    return;
                case Earlier.Unknown unknown when await AwaitWordAsync(submission, declaration, unknown.Why, cancellationToken):
                    return;
                case Earlier.Unknown:
                    logger.LogWarning(
                        "No word of the last attempt of declaration {DeclarationId} ({Lrn}) since {LastAttempt:O}, though the gateway's queue was read since; sending it again",
                        declaration.Id, declaration.Lrn, submission.LastAttemptAtUtc);
                    break;
            }
        }

        submission.BeginAttempt(clock.GetUtcNow().UtcDateTime);
        await data.SaveChangesAsync(cancellationToken); // from here a crash leaves "may have arrived" behind, never a blind resend

        var document = new SeapDocument(new SeapContent(message.Content, message.FileName), [message.TargetSystem]);
        var result = await client.AcceptDocumentAsync(document, cancellationToken);
        if (result.Succeeded)
        {
            await ArrivedAsync(submission, declaration, result.Value!, connection.Practice, cancellationToken);
            return;
        }

        var (mayHaveArrived, retryable) = result.Error switch
        {
            SeapError.BusinessFault => (false, false), // the gateway refused this document; sending it again changes nothing
            SeapError.TechnicalFault => (false, true),
            SeapError.Transport { Kind: SeapTransportFailure.Connection } => (false, true),
            _ => (true, true), // a timeout, a 5xx or an unreadable answer: it may have been taken
        };
        await FailAsync(submission, declaration, Describe(result.Error!), mayHaveArrived, retryable, cancellationToken);
    }

    /// <summary>
    /// Whether an earlier attempt whose outcome is unknown reached the gateway: the gateway's list of this login's
    /// documents over the days of the attempts is searched for exactly these bytes. As that list stops at
    /// <see cref="SeapDocumentsQuery.MaxDocuments"/>, a full list without the document proves nothing: the dispatcher
    /// then waits instead of sending, and the document's receipt, when it comes, settles it (<see cref="InboundDocuments"/>).
    /// (PUESC's answer to GetDocuments for sent documents is unverified; the simulator lists them with their sysRef as dispatchId.)
    /// </summary>
    private async Task<Earlier> FindEarlierAsync(SeapClient client, Submission submission, DeclarationMessage message, CancellationToken cancellationToken)
    {
        var attempt = submission.LastAttemptAtUtc ?? submission.CreatedAtUtc;
        var query = new SeapDocumentsQuery { From = DateOnly.FromDateTime(attempt.AddDays(-1)), To = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)) };
        var found = await client.GetDocumentsAsync(query, cancellationToken);
        if (!found.Succeeded)
        {
            return new Earlier.NotAsked("Could not ask the gateway whether the last attempt arrived: " + found.Error!.Description);
        }

        var documents = found.Value!.Documents;
        if (documents.FirstOrDefault(d => d.CaseId is null && d.Content.Data.AsSpan().SequenceEqual(message.Content)) is { } copy)
        {
            return new Earlier.Arrived(copy.DispatchId);
        }

        return documents.Count >= SeapDocumentsQuery.MaxDocuments
            ? new Earlier.Unknown($"Whether the last attempt arrived is not known yet: the gateway's list of documents for those days is full ({documents.Count}) without it; its receipt is awaited before it is sent again.")
            : new Earlier.NotThere();
    }

    /// <summary>What became of an earlier attempt whose outcome was unknown.</summary>
    private abstract record Earlier
    {
        internal sealed record Arrived(string? SysRef) : Earlier;

        internal sealed record NotThere : Earlier;

        /// <summary>The gateway's list could not tell.</summary>
        internal sealed record Unknown(string Why) : Earlier;

        /// <summary>The gateway could not be asked.</summary>
        internal sealed record NotAsked(string Why) : Earlier;
    }

    private async Task ArrivedAsync(Submission submission, Declaration declaration, string? sysRef, bool practice, CancellationToken cancellationToken)
    {
        SubmissionArrival.Record(data, submission, declaration, sysRef, practice, clock.GetUtcNow().UtcDateTime, lookups);
        await data.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Declaration {DeclarationId} ({Lrn}) accepted by the gateway as {SysRef}", declaration.Id, declaration.Lrn, sysRef);
    }

    /// <summary>
    /// Waits for word of the last attempt (its receipt) while it may still come: until <see cref="RetryPolicy.ReceiptWait"/>
    /// after the attempt has passed and the organization's queue at the gateway has been drained since then (a backlog of
    /// documents delays a receipt without losing it). A wait four times that long without a drained queue (the gateway
    /// cannot be polled) parks the declaration for a person.
    /// </summary>
    /// <returns>False when the receipt has been awaited long enough and the document is taken not to have arrived.</returns>
    private async Task<bool> AwaitWordAsync(Submission submission, Declaration declaration, string why, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = submission.LastAttemptAtUtc ?? submission.CreatedAtUtc;
        var until = attempt + retries.ReceiptWait;
        if (now >= until && queues.LastDrained(submission.OrganizationId) >= until)
        {
            return false;
        }

        if (now >= attempt + (4 * retries.ReceiptWait))
        {
            submission.LookupFailed();
            await FailAsync(submission, declaration, why + " The gateway's queue could not be read meanwhile; look the LRN up on PUESC before sending again.", mayHaveArrived: true, retryable: false, cancellationToken);
            return true;
        }

        var next = now + retries.Backoff(1);
        submission.AwaitWord(why, next < until || now >= until ? next : until);
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task FailAsync(Submission submission, Declaration declaration, string error, bool mayHaveArrived, bool retryable, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (submission.Failed(error, mayHaveArrived, retryable, retries, now))
        {
            declaration.NeedAttention(error, now);
            logger.LogWarning("Declaration {DeclarationId} ({Lrn}) needs attention after {Attempts} attempt(s): {Error}", declaration.Id, declaration.Lrn, submission.Attempts, error);
        }

        await data.SaveChangesAsync(cancellationToken);
    }

    private static string Describe(SeapError error) => error switch
    {
        SeapError.BusinessFault b => $"The gateway refused the document ({b.Code}): {b.Description}",
        SeapError.TechnicalFault t => $"The gateway answered with a technical fault ({t.Code}): {t.Description}",
        SeapError.Transport t => $"The gateway could not be reached ({t.Kind}{(t.StatusCode is { } code ? " " + code : "")}): {t.Description}",
        _ => "The gateway's answer could not be read: " + error.Description,
    };
}
