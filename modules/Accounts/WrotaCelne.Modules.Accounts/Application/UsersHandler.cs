using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// An organization administrator's user management. Every query and command is scoped to the caller's
/// organization: another organization's user id answers "not found", and nothing of it changes. Nobody
/// grants a role holding a permission they lack, and an administrator limited to branches manages only
/// users of those branches.
/// </summary>
internal sealed class UsersHandler(
    UserManager<UserAccount> users, IAccountsData data, ICurrentUser currentUser, RolePermissions roles, OrganizationUserFactory userFactory, CredentialsMail credentialsMail, TimeProvider clock, IAuditTrail audit)
    : IQueryHandler<ListUsers, IReadOnlyList<UserDto>>,
      IQueryHandler<GetUser, UserDto>,
      ICommandHandler<AddUser, OneTimePasswordDto>,
      ICommandHandler<UpdateUser, UserDto>,
      ICommandHandler<SetUserDisabled, UserDto>,
      ICommandHandler<ResetUserPassword, OneTimePasswordDto>,
      ICommandHandler<ResetUserTwoFactor, UserDto>
{
    public async Task<UserDto> HandleAsync(ResetUserTwoFactor command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var user = await FindAsync(caller, organizationId, command.UserId, cancellationToken, tracked: true);
        if (user.Id == caller.Id)
        {
            throw new ConflictException("userId", "user.self", "Ask another administrator to reset your own two-step sign-in.");
        }

        await RefuseStrongerUserAsync(caller, user, cancellationToken);
        (await users.SetTwoFactorEnabledAsync(user, false)).Ensure("The user could not be updated");
        (await users.ResetAuthenticatorKeyAsync(user)).Ensure("The user could not be updated"); // also writes a new security stamp: open sessions end
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0); // none left: the old codes stop working
        await audit.RecordOrganizationAsync(AuditActions.TwoFactorReset, organizationId, $"{user.Email}: two-step sign-in turned off; to be set up again.", cancellationToken);
        return ToDto(user);
    }

    public async Task<IReadOnlyList<UserDto>> HandleAsync(ListUsers query, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var list = await users.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId).OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        return list.Where(u => Manages(caller, u)).Select(ToDto).ToList();
    }

    public async Task<UserDto> HandleAsync(GetUser query, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        return ToDto(await FindAsync(caller, organizationId, query.UserId, cancellationToken));
    }

    public async Task<OneTimePasswordDto> HandleAsync(AddUser command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var errors = new InputErrors().Require("displayName", command.DisplayName, UserAccount.DisplayNameMaxLength);
        var email = EmailAddress.Check(errors, "email", command.Email);
        var (role, branchIds) = await CheckAccessAsync(errors, caller, organizationId, command.Role, command.BranchIds, cancellationToken);
        errors.ThrowIfAny();
        var (user, password) = await userFactory.CreateAsync(organizationId, email, command.DisplayName, role, branchIds, "email");
        var mailed = await credentialsMail.SendAsync(user, password, null, cancellationToken);
        await audit.RecordOrganizationAsync(
            AuditActions.UserCreated, organizationId, $"{email} ({user.DisplayName}) as {role}{Branches(branchIds)}; sign-in details {(mailed ? "e-mailed" : "handed over")}.", cancellationToken);
        return new OneTimePasswordDto(ToDto(user), password, user.PasswordExpiresAtUtc!.Value, mailed);
    }

    public async Task<UserDto> HandleAsync(UpdateUser command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var user = await FindAsync(caller, organizationId, command.UserId, cancellationToken, tracked: true);
        await RefuseStrongerUserAsync(caller, user, cancellationToken); // demoting someone stronger first would open the way to reset or disable them
        var errors = new InputErrors().Require("displayName", command.DisplayName, UserAccount.DisplayNameMaxLength);
        var (role, branchIds) = await CheckAccessAsync(errors, caller, organizationId, command.Role, command.BranchIds, cancellationToken);
        if (user.Id == caller.Id && (role != user.Role || !branchIds.Order().SequenceEqual(user.BranchIds.Order())))
        {
            errors.Add("role", "user.self", "You cannot change your own role or branches; ask another administrator.");
        }

        errors.ThrowIfAny();
        var before = $"{user.DisplayName} as {user.Role}{Branches(user.BranchIds)}";
        user.DisplayName = command.DisplayName.Trim();
        user.Role = role;
        user.BranchIds = [.. branchIds];
        await SaveAsync(user);
        await audit.RecordOrganizationAsync(AuditActions.UserChanged, organizationId, $"{user.Email}. Before: {before}. After: {user.DisplayName} as {role}{Branches(branchIds)}.", cancellationToken);
        return ToDto(user);
    }

    public async Task<UserDto> HandleAsync(SetUserDisabled command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var user = await FindAsync(caller, organizationId, command.UserId, cancellationToken, tracked: true);
        if (user.Id == caller.Id && command.Disabled)
        {
            throw new ConflictException("userId", "user.self", "You cannot disable your own account.");
        }

        await RefuseStrongerUserAsync(caller, user, cancellationToken);
        if (user.IsDisabled != command.Disabled)
        {
            user.IsDisabled = command.Disabled;

            // One update writes the flag and a new security stamp together: open sessions end at their next request.
            await SaveAsync(user, newStamp: true);
            await audit.RecordOrganizationAsync(command.Disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, organizationId, $"{user.Email}.", cancellationToken);
        }

        return ToDto(user);
    }

    public async Task<OneTimePasswordDto> HandleAsync(ResetUserPassword command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationUserAsync();
        var user = await FindAsync(caller, organizationId, command.UserId, cancellationToken, tracked: true);
        if (user.Id == caller.Id)
        {
            throw new ConflictException("userId", "user.self", "Change your own password on the My account page.");
        }

        await RefuseStrongerUserAsync(caller, user, cancellationToken);
        var password = OneTimePassword.Generate();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.HandOutPassword(clock.GetUtcNow().UtcDateTime);
        await SaveAsync(user, newStamp: true);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);

        // A reset is what an administrator does after a suspected compromise: the user's API tokens go too.
        var now = clock.GetUtcNow().UtcDateTime;
        var tokens = await data.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedAtUtc == null).ToListAsync(cancellationToken);
        tokens.ForEach(t => t.Revoke(now));
        await data.SaveChangesAsync(cancellationToken);
        var mailed = await credentialsMail.SendAsync(user, password, null, cancellationToken);
        await audit.RecordOrganizationAsync(
            AuditActions.PasswordReset,
            organizationId,
            $"{user.Email}: a one-time password was handed out{(mailed ? " and e-mailed" : "")}; open sessions ended; {tokens.Count} API token(s) revoked.",
            cancellationToken);
        return new OneTimePasswordDto(ToDto(user), password, user.PasswordExpiresAtUtc!.Value, mailed);
    }

    /// <summary>Checks the role (it exists, and the caller holds all it grants) and the branches (the organization's, within the caller's).</summary>
    private async Task<(string Role, IReadOnlyList<Guid> BranchIds)> CheckAccessAsync(
        InputErrors errors, UserAccount caller, Guid organizationId, string? roleName, IReadOnlyList<Guid>? requestedBranches, CancellationToken cancellationToken)
    {
        var found = await roles.FindAsync(organizationId, roleName, cancellationToken);
        var role = found?.Name ?? "";
        if (found is not { } granted)
        {
            errors.Add("role", "role.invalid", "Choose one of the organization's roles.");
        }
        else
        {
            var held = await roles.OfUserAsync(caller, cancellationToken);
            var lacking = granted.Permissions.Except(held).ToList();
            if (lacking.Count > 0)
            {
                errors.Add("role", "role.escalation", "You cannot grant permissions you do not hold: {0}.", string.Join(", ", lacking));
            }
        }

        var branchIds = (requestedBranches ?? []).Distinct().ToList();
        var known = await data.Branches.AsNoTracking().Where(b => b.OrganizationId == organizationId && branchIds.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken);
        if (known.Count != branchIds.Count)
        {
            errors.Add("branchIds", "branch.unknown", "Choose branches of your organization.");
        }
        else if (caller.BranchIds.Count > 0 && (branchIds.Count == 0 || branchIds.Except(caller.BranchIds).Any()))
        {
            errors.Add("branchIds", "branch.escalation", "You can only give access to your own branches.");
        }

        return (role, branchIds);
    }

    /// <summary>Disabling or resetting someone who holds more than the caller would be a way to take over their account.</summary>
    private async Task RefuseStrongerUserAsync(UserAccount caller, UserAccount user, CancellationToken cancellationToken)
    {
        if ((await roles.OfUserAsync(user, cancellationToken)).Except(await roles.OfUserAsync(caller, cancellationToken)).Any())
        {
            throw new ConflictException("userId", "role.escalation", "This user holds permissions you do not hold.");
        }
    }

    private async Task<UserAccount> FindAsync(UserAccount caller, Guid organizationId, Guid userId, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? users.Users : users.Users.AsNoTracking();
        var user = await query.SingleOrDefaultAsync(u => u.Id == userId && u.OrganizationId == organizationId, cancellationToken);
        return user is not null && Manages(caller, user) ? user : throw new NotFoundException("The user");
    }

    /// <summary>A caller limited to branches sees only users limited to some of those branches (and themselves).</summary>
    private static bool Manages(UserAccount caller, UserAccount user) =>
        caller.BranchIds.Count == 0 || user.Id == caller.Id || (user.BranchIds.Count > 0 && user.BranchIds.All(caller.BranchIds.Contains));

    private async Task SaveAsync(UserAccount user, bool newStamp = false) =>
        (newStamp ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user)).Ensure("The user could not be updated");

    private static string Branches(IReadOnlyCollection<Guid> branchIds) => branchIds.Count == 0 ? ", all branches" : $", branches {string.Join(", ", branchIds)}";

    public static UserDto ToDto(UserAccount u) =>
        new(u.Id, u.Email ?? "", u.DisplayName, u.Role ?? "", u.BranchIds, u.IsDisabled, u.MustChangePassword, u.TwoFactorEnabled, u.CreatedAtUtc);
}
