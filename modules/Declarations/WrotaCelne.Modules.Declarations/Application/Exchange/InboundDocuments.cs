using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Modules.Declarations.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// The gateway's documents, in two steps: each is stored byte for byte as it arrives (once: by the gateway's id), then
/// read (the gateway's receipt, or a business answer through the format plugins), matched to its declaration and
/// applied. A document that cannot be read or matched is kept for a person; one whose applying keeps failing (an error
/// of the platform) is set aside after <see cref="MaxAttempts"/> tries instead of blocking or being lost.
/// </summary>
internal sealed class InboundDocuments(
    IDeclarationsData data, GatewayConnections connections, FormatPlugins formats, AnswerNotifications notifications, AnswerLookupPolicy lookups, TimeProvider clock, ILogger<InboundDocuments> logger)
{
    public const int MaxAttempts = 5;

    private const int PendingBatch = 200;

    /// <summary>Stores a document the gateway handed out and applies it, unless it was taken in before.</summary>
    /// <returns>True when the document was new.</returns>
    public async Task<bool> TakeInAsync(Guid organizationId, SeapDocument document, CancellationToken cancellationToken)
    {
        if (await ReceiveAsync(organizationId, document, cancellationToken) is not { } messageId)
        {
            return false;
        }

        await ApplyAsync(messageId, cancellationToken);
        return true;
    }

    /// <summary>Stores a document the gateway handed out, unless it was taken in before.</summary>
    /// <returns>The stored message's id; null when the document was already there.</returns>
    private async Task<Guid?> ReceiveAsync(Guid organizationId, SeapDocument document, CancellationToken cancellationToken)
    {
        var content = document.Content.Data;
        var gatewayId = document.DispatchId ?? Convert.ToHexString(SHA256.HashData(content));
        if (await data.Messages.AnyAsync(m => m.OrganizationId == organizationId && m.GatewayId == gatewayId, cancellationToken))
        {
            return null; // delivered twice: already taken in
        }

        var type = SafeXml.PeekRoot(content).Value?.LocalName ?? "?";
        var fileName = document.Content.FileName is { Length: > 0 } name ? name : (type == "?" ? "document" : type) + ".xml";
        var message = DeclarationMessage.Received(organizationId, gatewayId, document.CaseId, type, fileName, content, clock.GetUtcNow().UtcDateTime);
        data.Messages.Add(message);
        await data.SaveChangesAsync(cancellationToken);
        return message.Id;
    }

    /// <summary>Applies the documents stored but not applied yet: left by a crash between the two steps, or failed before.</summary>
    public async Task<int> ApplyPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await data.Messages
            .Where(m => m.Direction == MessageDirection.Inbound && m.ProcessedAtUtc == null)
            .OrderBy(m => m.CreatedAtUtc)
            .Select(m => m.Id)
            .Take(PendingBatch)
            .ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            await ApplyAsync(id, cancellationToken);
        }

        return pending.Count;
    }

    private async Task ApplyAsync(Guid messageId, CancellationToken cancellationToken)
    {
        (Declaration Declaration, int Errors)? changed;
        try
        {
            changed = await ApplyOnceAsync(messageId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            data.DiscardChanges(); // the dispatcher changed the declaration's submission meanwhile: applied again at the next poll
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            data.DiscardChanges();
            var message = await data.Messages.SingleAsync(m => m.Id == messageId, cancellationToken);
            var setAside = message.ProcessingFailed(e.GetBaseException().Message, MaxAttempts, clock.GetUtcNow().UtcDateTime);
            await data.SaveChangesAsync(cancellationToken);
            logger.LogError(e, "Applying gateway document {GatewayId} of organization {OrganizationId} failed (attempt {Attempt}){SetAside}",
                message.GatewayId, message.OrganizationId, message.ProcessingAttempts, setAside ? "; it is set aside for a person" : "");
            return;
        }

        if (changed is { } c)
        {
            await NotifyAsync(c.Declaration, c.Errors, cancellationToken);
        }
    }

    /// <returns>The declaration whose state the document changed, if any, and how many errors the document listed.</returns>
    private async Task<(Declaration, int)?> ApplyOnceAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var message = await data.Messages.SingleAsync(m => m.Id == messageId, cancellationToken);
        if (message.ProcessedAtUtc is not null)
        {
            return null;
        }

        var organizationId = message.OrganizationId;
        var content = message.Content;
        var root = SafeXml.PeekRoot(content);
        var type = root.Value?.LocalName ?? "?";
        var answer = root.Succeeded && GatewayReceipt.IsReceipt(root.Value!)
            ? await FromReceiptAsync(organizationId, message.GatewayCaseId, content, cancellationToken)
            : await FromBusinessMessageAsync(organizationId, message.GatewayCaseId, content, message.FileName, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var declaration = answer.Declaration;
        message.Processed(
            declaration?.Id, type, answer.Kind?.ToString(), answer.Notes is null ? null : JsonSerializer.Serialize(answer.Notes, JsonSerializerOptions.Web), answer.Problem, answer.Lrn, answer.Mrn, now);
        var mrnBefore = declaration?.Mrn;
        var changed = declaration is not null && answer.Kind is { } kind && declaration.Answered(kind, answer.Mrn, answer.Accepted, now, answer.DecisionAtUtc);
        if (declaration is not null && mrnBefore is null && declaration.Mrn is { } allocated)
        {
            await ReopenWaitingForAsync(organizationId, allocated, cancellationToken);
        }

        var practice = declaration is not null && await connections.IsPracticeAsync(organizationId, cancellationToken);
        if (declaration is not null
            && await data.Submissions.Where(s => s.DeclarationId == declaration.Id).OrderByDescending(s => s.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken) is { } submission)
        {
            if (submission.AwaitsWordOfArrival)
            {
                // An attempt whose outcome was unknown is answered: it arrived, and must not be sent again.
                SubmissionArrival.Record(data, submission, declaration, message.GatewayCaseId, practice, now, lookups);
            }
            else
            {
                submission.Answered(now, lookups);
            }
        }

        if (changed && declaration!.Status == DeclarationStatus.Released)
        {
            data.AddIntegrationEvent(new DeclarationReleased(organizationId, declaration.Id, declaration.Family.ToString().ToLowerInvariant(), declaration.Lrn, declaration.Mrn ?? "", practice));
        }

        await data.SaveChangesAsync(cancellationToken);
        if (declaration is null)
        {
            logger.LogWarning("Gateway document {GatewayId} ({Type}) of organization {OrganizationId} matches no declaration: {Why}", message.GatewayId, type, organizationId, answer.Problem);
        }

        return changed ? (declaration!, answer.Notes?.Count ?? 0) : null;
    }

    /// <summary>
    /// Answers that name only the MRN (a write-off, an exit) and came before the declaration had it (its MRN answer was
    /// late or had to be looked up) matched nothing; now that the MRN is known they are applied again.
    /// </summary>
    private async Task ReopenWaitingForAsync(Guid organizationId, string mrn, CancellationToken cancellationToken)
    {
        var waiting = await data.Messages
            .Where(m => m.OrganizationId == organizationId && m.Direction == MessageDirection.Inbound && m.DeclarationId == null && m.Mrn == mrn && m.ReviewedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var message in waiting)
        {
            message.Reopen();
            logger.LogInformation("Gateway document {GatewayId} with MRN {Mrn} is applied again now that a declaration has that MRN", message.GatewayId, mrn);
        }
    }

    /// <summary>The answer is applied and saved; telling people is not part of it, so a failure here only logs.</summary>
    private async Task NotifyAsync(Declaration declaration, int errors, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.StatusChangedAsync(declaration, errors, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Telling the people of declaration {DeclarationId} about its new state {Status} failed", declaration.Id, declaration.Status);
        }
    }

    private async Task<Answer> FromReceiptAsync(Guid organizationId, string? caseId, byte[] content, CancellationToken cancellationToken)
    {
        if (GatewayReceipt.Read(content) is not { } receipt)
        {
            return Answer.Unread("The gateway's receipt could not be read.");
        }

        var sysRef = caseId ?? receipt.SysRef;
        var declarationId = await data.Submissions.Where(s => s.OrganizationId == organizationId && s.SysRef == sysRef).Select(s => (Guid?)s.DeclarationId).FirstOrDefaultAsync(cancellationToken);
        var declaration = declarationId is { } id
            ? await data.Declarations.SingleAsync(d => d.Id == id, cancellationToken)
            : receipt.Lrn is { } lrn ? await data.Declarations.SingleOrDefaultAsync(d => d.OrganizationId == organizationId && d.Lrn == lrn, cancellationToken) : null;
        var notes = receipt.Errors.Select(e => new ExchangeErrorDto(e.Code, e.Pointer, e.Text, null)).ToList();
        return new Answer(declaration, receipt.Accepted ? NotificationKind.Receipt : NotificationKind.Rejected, null, null, notes.Count == 0 ? null : notes, declaration is null ? $"no declaration sent as {sysRef}" : null)
        {
            Lrn = receipt.Lrn,
        };
    }

    private async Task<Answer> FromBusinessMessageAsync(Guid organizationId, string? caseId, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> unsigned;
        try
        {
            (unsigned, _) = SignedFiles.Unwrap(content); // a signed answer must verify before anything in it counts
        }
        catch (BuildingBlocks.InvalidInputException e)
        {
            return Answer.Unread(e.FieldErrors[0].Message);
        }

        var (_, result) = formats.Parse(unsigned, fileName);
        if (!result.Succeeded)
        {
            return Answer.Unread(string.Join("; ", result.Errors.Take(5).Select(e => e.Message)));
        }

        var notification = result.Value!;
        var notes = notification.Errors.Select(e => new ExchangeErrorDto(e.Code, e.Pointer, e.Text, e.FieldPath)).ToList();
        var (declaration, problem) = await MatchAsync(organizationId, notification, caseId, cancellationToken);
        return new Answer(declaration, notification.Kind, notification.Mrn, notification.Accepted, notes.Count == 0 ? null : notes, problem)
        {
            DecisionAtUtc = notification.DecisionAt?.UtcDateTime,
            Lrn = notification.Lrn,
        };
    }

    /// <summary>
    /// By LRN (unique in an organization), else by MRN (an MRN two declarations carry matches neither), else by the
    /// gateway's case id: the sysRef of the sent declaration it answers.
    /// </summary>
    private async Task<(Declaration? Declaration, string? Problem)> MatchAsync(Guid organizationId, InboundNotification notification, string? caseId, CancellationToken cancellationToken)
    {
        if (notification.Lrn is { Length: > 0 } lrn
            && await data.Declarations.SingleOrDefaultAsync(d => d.OrganizationId == organizationId && d.Lrn == lrn, cancellationToken) is { } byLrn)
        {
            return (byLrn, null);
        }

        if (notification.Mrn is { Length: > 0 } mrn)
        {
            var byMrn = await data.Declarations.Where(d => d.OrganizationId == organizationId && d.Mrn == mrn).Take(2).ToListAsync(cancellationToken);
            if (byMrn.Count == 1)
            {
                return (byMrn[0], null);
            }

            if (byMrn.Count > 1)
            {
                return (null, $"more than one declaration has MRN {mrn}");
            }
        }

        if (caseId is not null
            && await data.Submissions.Where(s => s.OrganizationId == organizationId && s.SysRef == caseId).Select(s => (Guid?)s.DeclarationId).FirstOrDefaultAsync(cancellationToken) is { } sentAs)
        {
            return (await data.Declarations.SingleAsync(d => d.Id == sentAs, cancellationToken), null);
        }

        return (null, $"no declaration with LRN {notification.Lrn} or MRN {notification.Mrn}");
    }

    private sealed record Answer(Declaration? Declaration, NotificationKind? Kind, string? Mrn, bool? Accepted, IReadOnlyList<ExchangeErrorDto>? Notes, string? Problem)
    {
        public DateTime? DecisionAtUtc { get; init; }

        /// <summary>The LRN the document names, when it names one.</summary>
        public string? Lrn { get; init; }

        public static Answer Unread(string problem) => new(null, null, null, null, [new ExchangeErrorDto("unreadable", null, problem, null)], problem);
    }
}
