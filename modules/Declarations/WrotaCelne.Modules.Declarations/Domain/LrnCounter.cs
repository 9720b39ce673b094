namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>The next sequence number of one organization's LRNs with one rest of the number (e.g. 2026/KRK/).</summary>
internal sealed class LrnCounter
{
    private LrnCounter()
    {
    }

    public Guid OrganizationId { get; private set; }

    public string Key { get; private set; } = "";

    public long Next { get; private set; }

    public static LrnCounter Start(Guid organizationId, string key) => new() { OrganizationId = organizationId, Key = key, Next = 1 };

    public long Take() => Next++;
}
