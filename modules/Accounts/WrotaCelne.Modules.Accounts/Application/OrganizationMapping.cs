using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal static class OrganizationMapping
{
    public static OrganizationDto ToDto(this Organization o) => new(o.Id, o.Name, o.Nip, o.Eori, o.Status.ToString(), o.RegisteredAtUtc);
}
