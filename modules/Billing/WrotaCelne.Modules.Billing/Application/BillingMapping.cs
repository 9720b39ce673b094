using WrotaCelne.Modules.Billing.Contracts.Accounts;
using WrotaCelne.Modules.Billing.Contracts.Plans;
using WrotaCelne.Modules.Billing.Domain;

namespace WrotaCelne.Modules.Billing.Application;

internal static class BillingMapping
{
    public static PlanDto ToDto(this Plan p) => new(p.Id, p.Code, p.Name, p.MonthlyPriceMinor, p.Currency);

    public static BillingAccountDto ToDto(this BillingAccount a) =>
        new(a.OrganizationId, a.OrganizationName, a.Status.ToString(), a.CreatedAtUtc, a.TrialEndsAtUtc);
}
