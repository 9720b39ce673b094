namespace WrotaCelne.Modules.Billing.Contracts.Accounts;

public sealed record BillingAccountDto(Guid OrganizationId, string OrganizationName, string Status, DateTime CreatedAtUtc, DateTime TrialEndsAtUtc);
