using Microsoft.EntityFrameworkCore;
using WrotaCelne.Modules.Billing.Domain;

namespace WrotaCelne.Modules.Billing.Application;

/// <summary>The module's unit of work as the application layer sees it.</summary>
internal interface IBillingData
{
    DbSet<Plan> Plans { get; }

    DbSet<BillingAccount> Accounts { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
