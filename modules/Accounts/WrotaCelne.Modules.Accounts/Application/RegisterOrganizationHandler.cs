using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// The two ways in: the operator registers an organization directly, or a company requests it and the
/// operator approves. Either way the organization's activation, its OrganizationRegistered event and
/// its first administrator are written by one SaveChanges (Identity's user store saves the shared unit
/// of work), so none exists without the others.
/// </summary>
internal sealed class RegisterOrganizationHandler(IAccountsData data, OrganizationUserFactory userFactory, CredentialsMail credentialsMail, TimeProvider clock, IAuditTrail audit)
    : ICommandHandler<RegisterOrganization, RegisteredOrganizationDto>,
      ICommandHandler<RequestRegistration, Guid>,
      ICommandHandler<ApproveRegistration, RegisteredOrganizationDto>
{
    public async Task<RegisteredOrganizationDto> HandleAsync(RegisterOrganization command, CancellationToken cancellationToken)
    {
        var (organization, email) = Check(command.Name, command.Nip, command.Eori, command.Sisc, command.Address, command.AdministratorEmail, command.AdministratorName);
        await RefuseTakenNipAsync(organization.Nip, cancellationToken);
        data.Organizations.Add(organization);
        var registered = await ActivateAsync(organization, email, command.AdministratorName, cancellationToken);
        await audit.RecordPlatformAsync(AuditActions.OrganizationRegistered, $"{organization.Name}, NIP {organization.Nip}, id {organization.Id}, administrator {email}.", cancellationToken);
        return registered;
    }

    public async Task<Guid> HandleAsync(RequestRegistration command, CancellationToken cancellationToken)
    {
        var (organization, email) = Check(command.Name, command.Nip, command.Eori, command.Sisc, command.Address, command.AdministratorEmail, command.AdministratorName);

        // Neither the NIP nor the e-mail address is checked against what exists: this page is public and must not
        // tell who is a customer, nor let anyone block a company's request with an earlier one. The operator
        // sees the requests side by side and approval refuses a NIP that is already registered.
        organization.AwaitApproval(email, command.AdministratorName.Trim());
        data.Organizations.Add(organization);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordPlatformAsync(AuditActions.RegistrationRequested, $"{organization.Name}, NIP {organization.Nip}, id {organization.Id}, administrator {email}.", cancellationToken);
        return organization.Id;
    }

    public async Task<RegisteredOrganizationDto> HandleAsync(ApproveRegistration command, CancellationToken cancellationToken)
    {
        var organization = await data.Organizations.SingleOrDefaultAsync(o => o.Id == command.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The organization");
        await RefuseTakenNipAsync(organization.Nip, cancellationToken);
        organization.Approve(clock.GetUtcNow().UtcDateTime);
        var registered = await ActivateAsync(organization, organization.RequestedAdministratorEmail!, organization.RequestedAdministratorName!, cancellationToken);
        await audit.RecordPlatformAsync(AuditActions.RegistrationApproved, $"{organization.Name}, NIP {organization.Nip}, id {organization.Id}, administrator {registered.AdministratorEmail}.", cancellationToken);
        return registered;
    }

    private (Organization Organization, string Email) Check(string? name, string? nip, string? eori, string? sisc, AddressDto? address, string? administratorEmail, string? administratorName)
    {
        var errors = new InputErrors();
        var organization = Organization.Create(errors, name, nip, eori, sisc, address.ToAddress(errors), clock.GetUtcNow().UtcDateTime);
        errors.Require("administratorName", administratorName, UserAccount.DisplayNameMaxLength);
        var email = EmailAddress.Check(errors, "administratorEmail", administratorEmail);
        errors.ThrowIfAny();
        return (organization, email);
    }

    private async Task<RegisteredOrganizationDto> ActivateAsync(Organization organization, string email, string administratorName, CancellationToken cancellationToken)
    {
        data.AddIntegrationEvent(new OrganizationRegistered(organization.Id, organization.Name, organization.Nip));
        (UserAccount User, string Password) administrator;
        try
        {
            administrator = await userFactory.CreateAsync(organization.Id, email, administratorName, BuiltInRoles.Administrator, [], "administratorEmail");
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // A concurrent registration of the same NIP won the unique index between the check and the insert.
            if (await NipTakenByAnotherAsync(organization, cancellationToken))
            {
                throw NipConflict();
            }

            throw;
        }

        var mailed = await credentialsMail.SendAsync(administrator.User, administrator.Password, organization.Name, cancellationToken);
        await audit.RecordOrganizationAsync(
            AuditActions.UserCreated, organization.Id, $"Administrator {email}, created with the organization; sign-in details {(mailed ? "e-mailed" : "handed over by the operator")}.", cancellationToken);
        return new RegisteredOrganizationDto(organization.ToDto(), email, administrator.Password, administrator.User.PasswordExpiresAtUtc!.Value, mailed);
    }

    private async Task RefuseTakenNipAsync(string nip, CancellationToken cancellationToken)
    {
        if (await NipTakenAsync(nip, cancellationToken))
        {
            throw NipConflict();
        }
    }

    // Only registered organizations (active or suspended) hold a NIP; requests never do.
    private Task<bool> NipTakenAsync(string nip, CancellationToken cancellationToken) =>
        data.Organizations.AsNoTracking().AnyAsync(o => o.Nip == nip && (o.Status == OrganizationStatus.Active || o.Status == OrganizationStatus.Suspended), cancellationToken);

    private Task<bool> NipTakenByAnotherAsync(Organization organization, CancellationToken cancellationToken) =>
        data.Organizations.AsNoTracking().AnyAsync(
            o => o.Nip == organization.Nip && o.Id != organization.Id && (o.Status == OrganizationStatus.Active || o.Status == OrganizationStatus.Suspended), cancellationToken);

    private static ConflictException NipConflict() => new("nip", "nip.taken", "An organization with this NIP is already registered.");
}
