namespace WrotaCelne.Modules.Billing.Domain;

/// <summary>What an organization has bought. Every organization starts with a trial when it registers.</summary>
internal sealed class BillingAccount
{
    public static readonly TimeSpan TrialLength = TimeSpan.FromDays(30);

    private BillingAccount()
    {
    }

    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public BillingAccountStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime TrialEndsAtUtc { get; private set; }

    public static BillingAccount StartTrial(Guid organizationId, string organizationName, DateTime nowUtc) => new()
    {
        OrganizationId = organizationId,
        OrganizationName = organizationName,
        Status = BillingAccountStatus.Trial,
        CreatedAtUtc = nowUtc,
        TrialEndsAtUtc = nowUtc + TrialLength,
    };
}
