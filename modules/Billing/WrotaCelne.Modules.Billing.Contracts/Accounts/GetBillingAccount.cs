using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Billing.Contracts.Accounts;

public sealed record GetBillingAccount(Guid OrganizationId) : IQuery<BillingAccountDto>;
