using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.MyAccount;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class MyAccountHandler(
    UserManager<UserAccount> users, SignInManager<UserAccount> signIn, IAccountsData data, ICurrentUser currentUser, RolePermissions roles, PasswordChecks passwordChecks, IAuditTrail audit)
    : IQueryHandler<GetMyAccount, MyAccountDto>, ICommandHandler<ChangePassword, bool>
{
    public async Task<MyAccountDto> HandleAsync(GetMyAccount query, CancellationToken cancellationToken)
    {
        var user = await currentUser.FindAsync() ?? throw new NotFoundException("The signed-in user");
        var organization = user.OrganizationId is { } id ? await data.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken) : null;
        return new MyAccountDto(
            user.Email ?? "",
            user.DisplayName,
            organization,
            user.Role,
            await roles.OfUserAsync(user, cancellationToken),
            user.TwoFactorEnabled,
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
            user.MustChangePassword);
    }

    /// <summary>Identity checks the current password and writes a new security stamp, which ends the other sessions; this one is signed in again.</summary>
    public async Task<bool> HandleAsync(ChangePassword command, CancellationToken cancellationToken)
    {
        var user = await currentUser.FindAsync() ?? throw new NotFoundException("The signed-in user");
        var errors = new InputErrors();
        if (string.IsNullOrEmpty(command.CurrentPassword))
        {
            errors.Add("currentPassword", InputErrors.RequiredCode, "This field is required.");
        }

        if (string.IsNullOrEmpty(command.NewPassword) || command.NewPassword.Length < 12)
        {
            errors.Add("newPassword", "password.tooShort", "The new password needs at least {0} characters.", 12);
        }
        else if (command.NewPassword.Length > 256)
        {
            errors.Add("newPassword", InputErrors.MaxLengthCode, "At most {0} characters are allowed.", 256);
        }
        else if (command.NewPassword == command.CurrentPassword)
        {
            errors.Add("newPassword", "password.same", "Choose a password different from the current one.");
        }

        errors.ThrowIfAny();

        // The same turns and hashing slots as sign-in: guesses here are counted exactly and cannot flood the CPU.
        using var turn = await AccountAttemptLocks.TryEnterAsync(user.Id.ToString(), SignInHandler.Patience, cancellationToken);
        using var lease = await passwordChecks.Limiter.AcquireAsync(1, cancellationToken);
        if (turn is null || !lease.IsAcquired)
        {
            errors.Add("currentPassword", "password.busy", "Too many password checks at once; try again in a moment.").ThrowIfAny();
        }

        await data.RefreshAsync(user, cancellationToken); // loaded before its turn came (by the session check): read it again
        var (mustChange, expiresAt) = (user.MustChangePassword, user.PasswordExpiresAtUtc);
        user.PasswordChosen(); // saved by the same update as the new hash
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (!result.Succeeded)
        {
            (user.MustChangePassword, user.PasswordExpiresAtUtc) = (mustChange, expiresAt); // the audit record below saves the same unit of work
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                // Wrong guesses here count toward the lockout like at sign-in; a locked-out session ends.
                await users.AccessFailedAsync(user);
                if (await users.IsLockedOutAsync(user))
                {
                    await users.UpdateSecurityStampAsync(user);
                }

                await audit.RecordAsync(AuditActions.PasswordChangeFailed, user, "", "Wrong current password.", cancellationToken);
                errors.Add("currentPassword", "password.wrong", "The current password is not right.").ThrowIfAny();
            }

            errors.Add("newPassword", "password.rejected", "{0}", string.Join(" ", result.Errors.Select(e => e.Description))).ThrowIfAny();
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.PasswordChanged, user, "", "By the user; other sessions ended.", cancellationToken);
        return true;
    }
}
