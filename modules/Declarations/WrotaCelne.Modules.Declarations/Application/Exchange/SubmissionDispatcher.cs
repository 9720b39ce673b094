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
internal sealed class SubmissionDispatcher(IDeclarationsData data, GatewayConnections connections, RetryPolicy retries, IHttpClientFactory http, TimeProvider clock, ILogger<SubmissionDispatcher> logger)
{
    public const string HttpClientName = "seap";

    /// <summary>Longer than the gateway's own 180 s limit on a call, so a lease never runs out under a live call.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int Batch = 20;

    /// <returns>How many rows were worked on.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
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
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseId, lease).SetProperty(s => s.LeaseUntilUtc, until), cancellationToken);
        var claimed = await data.Submissions.Where(s => s.LeaseId == lease).ToListAsync(cancellationToken);
        foreach (var submission in claimed)
        {
            await DispatchAsync(submission, cancellationToken);
        }

        return claimed.Count;
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
        var client = new SeapClient(http.CreateClient(HttpClientName), connection.Endpoint, clock);
        if (submission.MayHaveArrived)
        {
            var earlier = await FindEarlierAsync(client, submission, message, cancellationToken);
            if (earlier.Error is { } lookupError)
            {
                await FailAsync(submission, declaration, "Could not ask the gateway whether the last attempt arrived: " + lookupError.Description, mayHaveArrived: true, retryable: true, cancellationToken);
                return;
            }

            if (earlier.Value is { } sysRef)
            {
                await ArrivedAsync(submission, declaration, sysRef, connection.Practice, cancellationToken);
                return;
            }
        }

        submission.BeginAttempt();
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
    /// The gateway's copy of an earlier attempt: a sent document of this login with exactly these bytes, in the days of
    /// the attempts. (PUESC's answer to GetDocuments for sent documents is unverified; the simulator lists them with
    /// their sysRef as dispatchId.)
    /// </summary>
    private async Task<(string? Value, SeapError? Error)> FindEarlierAsync(SeapClient client, Submission submission, DeclarationMessage message, CancellationToken cancellationToken)
    {
        var query = new SeapDocumentsQuery { From = DateOnly.FromDateTime(submission.CreatedAtUtc.AddDays(-1)), To = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)) };
        var found = await client.GetDocumentsAsync(query, cancellationToken);
        if (!found.Succeeded)
        {
            return (null, found.Error);
        }

        var copy = found.Value!.Documents.FirstOrDefault(d => d.CaseId is null && d.Content.Data.AsSpan().SequenceEqual(message.Content));
        return (copy?.DispatchId, null);
    }

    private async Task ArrivedAsync(Submission submission, Declaration declaration, string sysRef, bool practice, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        submission.Arrived(sysRef, now);
        declaration.MarkSent(now);
        data.AddIntegrationEvent(new DeclarationSubmitted(declaration.OrganizationId, declaration.Id, declaration.Family.ToString().ToLowerInvariant(), declaration.Lrn, sysRef, practice));
        await data.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Declaration {DeclarationId} ({Lrn}) accepted by the gateway as {SysRef}", declaration.Id, declaration.Lrn, sysRef);
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
