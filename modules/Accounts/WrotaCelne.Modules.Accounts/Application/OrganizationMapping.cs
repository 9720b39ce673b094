using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal static class OrganizationMapping
{
    public static OrganizationDto ToDto(this Organization o) => new(
        o.Id, o.Name, o.Nip, o.Eori, o.Sisc, o.Address.ToDto(), o.Status.ToString(), o.RequireTwoFactor, o.RegisteredAtUtc, o.StatusChangedAtUtc, o.StatusReason,
        o.RequestedAdministratorEmail, o.RequestedAdministratorName);

    public static BranchDto ToDto(this Branch b) => new(b.Id, b.Code, b.Name, b.Address.ToDto());

    public static AddressDto ToDto(this PostalAddress a) => new(a.Street, a.City, a.PostalCode, a.Country);

    public static PostalAddress ToAddress(this AddressDto? address, InputErrors errors, string field = "address") =>
        PostalAddress.Create(errors, field, address?.Street, address?.City, address?.PostalCode, address?.Country);
}
