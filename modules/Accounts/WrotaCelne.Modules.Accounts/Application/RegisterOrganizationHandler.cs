using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// The organization, its OrganizationRegistered event and its first administrator are written by one
/// SaveChanges (Identity's user store saves the shared unit of work), so none exists without the others.
/// </summary>
internal sealed class RegisterOrganizationHandler(IAccountsData data, UserManager<UserAccount> users, TimeProvider clock, IAuditTrail audit)
    : ICommandHandler<RegisterOrganization, RegisteredOrganizationDto>
{
    public async Task<RegisteredOrganizationDto> HandleAsync(RegisterOrganization command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new InputErrors().Require("administratorName", command.AdministratorName, UserAccount.DisplayNameMaxLength);
        var email = EmailAddress.Check(errors, "administratorEmail", command.AdministratorEmail);
        Organization? registered = null;
        try
        {
            registered = Organization.Register(command.Name, command.Nip, command.Eori, now);
        }
        catch (InvalidInputException e)
        {
            foreach (var error in e.FieldErrors)
            {
                errors.Add(error);
            }
        }

        errors.ThrowIfAny();
        var organization = registered!;
        if (await NipTakenAsync(organization.Nip, cancellationToken))
        {
            throw NipConflict();
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException("administratorEmail", "email.taken", "A user with this e-mail address already exists.");
        }

        data.Organizations.Add(organization);
        data.AddIntegrationEvent(new OrganizationRegistered(organization.Id, organization.Name, organization.Nip));
        var password = OneTimePassword.Generate();
        var administrator = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = command.AdministratorName.Trim(),
            OrganizationId = organization.Id,
            Role = BuiltInRoles.Administrator,
            CreatedAtUtc = now,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(administrator, password);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // A concurrent registration of the same NIP won the unique index between the check and the insert.
            if (await NipTakenAsync(organization.Nip, cancellationToken))
            {
                throw NipConflict();
            }

            throw;
        }

        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The administrator could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await audit.RecordPlatformAsync(AuditActions.OrganizationRegistered, $"{organization.Name}, NIP {organization.Nip}, id {organization.Id}, administrator {email}.", cancellationToken);
        await audit.RecordAsync(AuditActions.UserCreated, administrator, "", $"Administrator {email}, created with the organization.", cancellationToken);
        return new RegisteredOrganizationDto(
            organization.Id, organization.Name, organization.Nip, organization.Eori, organization.Status.ToString(), organization.RegisteredAtUtc, email, password);
    }

    private Task<bool> NipTakenAsync(string nip, CancellationToken cancellationToken) => data.Organizations.AnyAsync(o => o.Nip == nip, cancellationToken);

    private static ConflictException NipConflict() => new("nip", "nip.taken", "An organization with this NIP is already registered.");
}
