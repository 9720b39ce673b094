namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>An organization's LRN mask (absent: <see cref="LrnMask.Default"/>).</summary>
internal sealed class LrnSettings
{
    private LrnSettings()
    {
    }

    public Guid OrganizationId { get; private set; }

    public string Mask { get; private set; } = LrnMask.Default;

    public static LrnSettings For(Guid organizationId, LrnMask mask) => new() { OrganizationId = organizationId, Mask = mask.Text };

    public void Change(LrnMask mask) => Mask = mask.Text;
}
