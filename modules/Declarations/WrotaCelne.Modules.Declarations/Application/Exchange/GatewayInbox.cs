using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// Drains the gateway's documents (GetNextDocument) for every organization with declarations under way or connected to
/// PUESC; each document is stored as it arrives and then applied (<see cref="InboundDocuments"/>). Documents stored
/// but not applied (a crash in between, a failure) are applied first.
/// </summary>
internal sealed class GatewayInbox(
    IDeclarationsData data, GatewayConnections connections, InboundDocuments inbound, GatewayQueues queues, TimeProvider clock, ILogger<GatewayInbox> logger)
{
    /// <summary>How long one run drains one organization's queue before the next organization's turn (the next run goes on).</summary>
    private static readonly TimeSpan TurnPerOrganization = TimeSpan.FromSeconds(20);

    private static readonly DeclarationStatus[] Waiting =
        [DeclarationStatus.Queued, DeclarationStatus.Sent, DeclarationStatus.Receipt, DeclarationStatus.MrnAllocated, DeclarationStatus.Released, DeclarationStatus.NeedsAttention];

    /// <returns>How many documents were taken in.</returns>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await inbound.ApplyPendingAsync(cancellationToken);

        // PUESC also sends documents nobody waits for (a control decision, an answer that comes after everything else),
        // so an organization connected to a real gateway is always polled; the built-in simulator only answers what
        // was sent, so there an organization is polled while it has a declaration under way.
        var waiting = await data.Declarations.Where(d => Waiting.Contains(d.Status)).Select(d => d.OrganizationId).Distinct().ToListAsync(cancellationToken);
        var connected = await data.GatewaySettings.Where(s => s.Environment != GatewayEnvironment.Simulator).Select(s => s.OrganizationId).ToListAsync(cancellationToken);
        var taken = 0;
        foreach (var organizationId in waiting.Union(connected))
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

        var client = connections.ClientFor(connection.Endpoint);
        var taken = 0;
        var turnEnds = clock.GetUtcNow() + TurnPerOrganization;
        while (clock.GetUtcNow() < turnEnds)
        {
            var asked = clock.GetUtcNow().UtcDateTime;
            var next = await client.GetNextDocumentAsync(cancellationToken);
            if (!next.Succeeded)
            {
                logger.LogWarning("Polling the gateway for organization {OrganizationId} failed: {Error}", organizationId, next.Error!.Description);
                break;
            }

            if (next.Value!.Document is null || !next.Value.HasNext)
            {
                queues.Drained(organizationId, asked);
            }

            if (next.Value.Document is not { } document)
            {
                break;
            }

            taken++;
            await inbound.TakeInAsync(organizationId, document, cancellationToken);

            if (!next.Value.HasNext)
            {
                break;
            }
        }

        return taken;
    }
}
