namespace WrotaCelne.Modules.Accounts.Domain;

internal enum OrganizationStatus
{
    Pending = 0,
    Active = 1,
    Suspended = 2,
}
