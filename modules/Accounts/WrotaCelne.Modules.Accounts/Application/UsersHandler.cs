using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// An organization administrator's user management. Every query and command is scoped to the caller's
/// organization: another organization's user id answers "not found", and nothing of it changes.
/// </summary>
internal sealed class UsersHandler(UserManager<UserAccount> users, ICurrentUser currentUser, TimeProvider clock, IAuditTrail audit)
    : IQueryHandler<ListUsers, IReadOnlyList<UserDto>>, ICommandHandler<AddUser, AddedUserDto>, ICommandHandler<SetUserDisabled, UserDto>
{
    private static readonly string[] GrantableRoles = [BuiltInRoles.Administrator, BuiltInRoles.Operator, BuiltInRoles.Auditor];

    public async Task<IReadOnlyList<UserDto>> HandleAsync(ListUsers query, CancellationToken cancellationToken)
    {
        var organizationId = await CallerOrganizationAsync();
        var list = await users.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return list.Select(ToDto).ToList();
    }

    public async Task<AddedUserDto> HandleAsync(AddUser command, CancellationToken cancellationToken)
    {
        var organizationId = await CallerOrganizationAsync();
        var errors = new InputErrors().Require("displayName", command.DisplayName, UserAccount.DisplayNameMaxLength);
        var email = EmailAddress.Check(errors, "email", command.Email);
        if (!GrantableRoles.Contains(command.Role, StringComparer.Ordinal))
        {
            errors.Add("role", "role.invalid", "Choose Administrator, Operator or Auditor.");
        }

        errors.ThrowIfAny();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException("email", "email.taken", "A user with this e-mail address already exists.");
        }

        var password = OneTimePassword.Generate();
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = command.DisplayName.Trim(),
            OrganizationId = organizationId,
            Role = command.Role,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await audit.RecordAsync(AuditActions.UserCreated, user, "", $"{email} as {command.Role}, by {(await currentUser.FindAsync())?.Email}.", cancellationToken);
        return new AddedUserDto(ToDto(user), password);
    }

    public async Task<UserDto> HandleAsync(SetUserDisabled command, CancellationToken cancellationToken)
    {
        var caller = await currentUser.FindAsync();
        var organizationId = caller?.OrganizationId ?? throw new NotFoundException("The organization");
        var user = await users.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The user");
        if (user.Id == caller.Id && command.Disabled)
        {
            throw new ConflictException("userId", "user.self", "You cannot disable your own account.");
        }

        if (user.IsDisabled != command.Disabled)
        {
            user.IsDisabled = command.Disabled;

            // One update writes the flag and a new security stamp together: open sessions end at their next request.
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The user could not be updated: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            await audit.RecordAsync(command.Disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, user, "", $"By {caller.Email}.", cancellationToken);
        }

        return ToDto(user);
    }

    private async Task<Guid> CallerOrganizationAsync() =>
        (await currentUser.FindAsync())?.OrganizationId ?? throw new NotFoundException("The organization");

    private static UserDto ToDto(UserAccount u) => new(u.Id, u.Email ?? "", u.DisplayName, u.Role ?? "", u.IsDisabled, u.CreatedAtUtc);
}
