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
/// Drains the gateway's documents for every organization with declarations under way or connected to PUESC: each is kept byte for byte
/// (once: by the gateway's id), read (the gateway's receipt, or a business answer through the format plugins),
/// matched to its declaration and applied; a document that cannot be read or matched is kept for a person.
/// </summary>
internal sealed class GatewayInbox(
    IDeclarationsData data, GatewayConnections connections, FormatPlugins formats, AnswerNotifications notifications, IHttpClientFactory http, TimeProvider clock, ILogger<GatewayInbox> logger)
{
    private const int MaxPerOrganization = 100;

    private static readonly DeclarationStatus[] Waiting =
        [DeclarationStatus.Queued, DeclarationStatus.Sent, DeclarationStatus.Receipt, DeclarationStatus.MrnAllocated, DeclarationStatus.Released, DeclarationStatus.NeedsAttention];

    /// <returns>How many documents were taken in.</returns>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        // PUESC also sends documents nobody waits for (a control decision, an answer that comes after everything else),
        // so an organization connected to a real gateway is always polled; the built-in simulator only answers what
        // was sent, so there an organization is polled while it has a declaration under way.
        var waiting = await data.Declarations.Where(d => Waiting.Contains(d.Status)).Select(d => d.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var connected = await data.GatewaySettings.Where(s => s.Environment != GatewayEnvironment.Simulator).Select(s => s.OrganizationId).ToListAsync(cancellationToken);
        var organizations = waiting.Union(connected).ToList();
        var taken = 0;
        foreach (var organizationId in organizations)
        {
            taken += await DrainAsync(organizationId, cancellationToken);
        }

        return taken;
    }

    private async Task<int> DrainAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var connection = await connections.ForAsync(organizationId, cancellationToken);
        if (connection.Endpoint is null)
        {
            return 0;
        }

        var client = new SeapClient(http.CreateClient(SubmissionDispatcher.HttpClientName), connection.Endpoint, clock);
        for (var taken = 0; taken < MaxPerOrganization; taken++)
        {
            var next = await client.GetNextDocumentAsync(cancellationToken);
            if (!next.Succeeded)
            {
                logger.LogWarning("Polling the gateway for organization {OrganizationId} failed: {Error}", organizationId, next.Error!.Description);
                return taken;
            }

            if (next.Value!.Document is { } document)
            {
                await TakeAsync(organizationId, document, connection.Practice, cancellationToken);
            }

            if (next.Value.Document is null || !next.Value.HasNext)
            {
                return taken + (next.Value.Document is null ? 0 : 1);
            }
        }

        return MaxPerOrganization;
    }

    private async Task TakeAsync(Guid organizationId, SeapDocument document, bool practice, CancellationToken cancellationToken)
    {
        var content = document.Content.Data;
        var gatewayId = document.DispatchId ?? Convert.ToHexString(SHA256.HashData(content));
        if (await data.Messages.AnyAsync(m => m.OrganizationId == organizationId && m.GatewayId == gatewayId, cancellationToken))
        {
            return; // delivered twice: already taken in
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var root = SafeXml.PeekRoot(content);
        var type = root.Value?.LocalName ?? "?";
        var fileName = document.Content.FileName ?? type + ".xml";
        var answer = root.Succeeded && GatewayReceipt.IsReceipt(root.Value!)
            ? await FromReceiptAsync(organizationId, document, content, cancellationToken)
            : await FromBusinessMessageAsync(organizationId, content, fileName, cancellationToken);

        var declaration = answer.Declaration;
        data.Messages.Add(DeclarationMessage.Inbound(
            organizationId, declaration?.Id, gatewayId, type, fileName, content, answer.Kind?.ToString(), answer.Notes is null ? null : JsonSerializer.Serialize(answer.Notes, JsonSerializerOptions.Web), answer.Problem, now));
        var changed = declaration is not null && answer.Kind is { } kind && declaration.Answered(kind, answer.Mrn, answer.Accepted, now, answer.DecisionAtUtc);
        if (changed && declaration!.Status == DeclarationStatus.Released)
        {
            data.AddIntegrationEvent(new DeclarationReleased(organizationId, declaration.Id, declaration.Family.ToString().ToLowerInvariant(), declaration.Lrn, declaration.Mrn ?? "", practice));
        }

        await data.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            await notifications.StatusChangedAsync(declaration!, answer.Notes?.Count ?? 0, cancellationToken);
        }
        else if (declaration is null)
        {
            logger.LogWarning("Gateway document {GatewayId} ({Type}) of organization {OrganizationId} matches no declaration: {Why}", gatewayId, type, organizationId, answer.Problem);
        }
    }

    private async Task<Answer> FromReceiptAsync(Guid organizationId, SeapDocument document, byte[] content, CancellationToken cancellationToken)
    {
        if (GatewayReceipt.Read(content) is not { } receipt)
        {
            return Answer.Unread("The gateway's receipt could not be read.");
        }

        var sysRef = document.CaseId ?? receipt.SysRef;
        var declarationId = await data.Submissions.Where(s => s.OrganizationId == organizationId && s.SysRef == sysRef).Select(s => (Guid?)s.DeclarationId).FirstOrDefaultAsync(cancellationToken);
        var declaration = declarationId is { } id
            ? await data.Declarations.SingleAsync(d => d.Id == id, cancellationToken)
            : receipt.Lrn is { } lrn ? await data.Declarations.SingleOrDefaultAsync(d => d.OrganizationId == organizationId && d.Lrn == lrn, cancellationToken) : null;
        var notes = receipt.Errors.Select(e => new ExchangeErrorDto(e.Code, e.Pointer, e.Text, null)).ToList();
        return new Answer(declaration, receipt.Accepted ? NotificationKind.Receipt : NotificationKind.Rejected, null, null, notes.Count == 0 ? null : notes, declaration is null ? $"no declaration sent as {sysRef}" : null);
    }

    private async Task<Answer> FromBusinessMessageAsync(Guid organizationId, byte[] content, string fileName, CancellationToken cancellationToken)
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
        var declaration = notification.Lrn is { Length: > 0 } lrn
            ? await data.Declarations.SingleOrDefaultAsync(d => d.OrganizationId == organizationId && d.Lrn == lrn, cancellationToken)
            : null;
        if (declaration is null && notification.Mrn is { Length: > 0 } mrn)
        {
            declaration = await data.Declarations.SingleOrDefaultAsync(d => d.OrganizationId == organizationId && d.Mrn == mrn, cancellationToken);
        }

        var notes = notification.Errors.Select(e => new ExchangeErrorDto(e.Code, e.Pointer, e.Text, e.FieldPath)).ToList();
        return new Answer(declaration, notification.Kind, notification.Mrn, notification.Accepted, notes.Count == 0 ? null : notes, declaration is null ? $"no declaration with LRN {notification.Lrn} or MRN {notification.Mrn}" : null)
        {
            DecisionAtUtc = notification.DecisionAt?.UtcDateTime,
        };
    }

    private sealed record Answer(Declaration? Declaration, NotificationKind? Kind, string? Mrn, bool? Accepted, IReadOnlyList<ExchangeErrorDto>? Notes, string? Problem)
    {
        public DateTime? DecisionAtUtc { get; init; }

        public static Answer Unread(string problem) => new(null, null, null, null, [new ExchangeErrorDto("unreadable", null, problem, null)], problem);
    }
}
