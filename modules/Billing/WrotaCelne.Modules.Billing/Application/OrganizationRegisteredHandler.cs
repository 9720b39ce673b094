using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Billing.Domain;

namespace WrotaCelne.Modules.Billing.Application;

/// <summary>A newly registered organization gets a trial billing account.</summary>
internal sealed class OrganizationRegisteredHandler(IBillingData data, TimeProvider clock) : IIntegrationEventHandler<OrganizationRegistered>
{
    public async Task HandleAsync(OrganizationRegistered integrationEvent, CancellationToken cancellationToken)
    {
        // The inbox already dedupes by message id; this guards against a second, different event for the same organization.
        if (await data.Accounts.AnyAsync(a => a.OrganizationId == integrationEvent.OrganizationId, cancellationToken))
        {
            return;
        }

        data.Accounts.Add(BillingAccount.StartTrial(integrationEvent.OrganizationId, integrationEvent.Name, clock.GetUtcNow().UtcDateTime));
    }
}
