namespace WrotaCelne.Modules.Billing.Domain;

internal enum BillingAccountStatus
{
    Trial = 0,
    Active = 1,
    Suspended = 2,
}
