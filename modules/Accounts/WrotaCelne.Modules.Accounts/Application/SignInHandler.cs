using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.SignIn;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class SignInHandler(
    SignInManager<UserAccount> signIn, UserManager<UserAccount> users, IPasswordHasher<UserAccount> hasher, PasswordChecks passwordChecks, TimeProvider clock, IAuditTrail audit)
    : ICommandHandler<SignIn, SignInOutcome>, ICommandHandler<SignOut, bool>
{
    /// <summary>How long an attempt waits for its account's turn before answering "busy".</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private static readonly UserAccount Nobody = new() { Id = Guid.Empty, UserName = "nobody" };

    // A real hash with the configured cost, checked when there is no real one, so every failure takes as long as a wrong password.
    private static string? _decoyHash;

    public async Task<SignInOutcome> HandleAsync(SignIn command, CancellationToken cancellationToken)
    {
        // Attempts on one account take turns (by account id, as the second step does), before taking a hashing
        // slot, so attempts queued on one account never hold the slots everyone shares.
        var email = command.Email?.Trim() ?? "";
        var normalized = users.NormalizeEmail(email) ?? "";
        var accountId = email.Length == 0 ? null : await users.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        using var turn = await AccountAttemptLocks.TryEnterAsync(accountId?.ToString() ?? normalized, Patience, cancellationToken);
        if (turn is null)
        {
            return SignInOutcome.Busy;
        }

        using var lease = await passwordChecks.Limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            return SignInOutcome.Busy;
        }

        // Read after the turn came, and for unknown addresses too, so both cost the same queries.
        var user = email.Length == 0 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            SpendAsMuchTimeAsAPasswordCheck(command.Password);
            await audit.RecordAsync(AuditActions.SignInFailed, null, command.Email?.Trim() ?? "", "Unknown e-mail address.", cancellationToken);
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, command.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.SignInSucceeded, user, "", "Password.", cancellationToken);
            return user.MustChangePassword ? SignInOutcome.PasswordChangeRequired : SignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.SecondFactorRequired;
        }

        if (result.IsNotAllowed && !result.IsLockedOut && !user.IsDisabled && user.PasswordExpiresAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            // Only someone who knows the password learns that it expired (the check costs what a wrong password costs).
            if (await users.CheckPasswordAsync(user, command.Password ?? ""))
            {
                await audit.RecordAsync(AuditActions.SignInFailed, user, "", "The one-time password expired.", cancellationToken);
                return SignInOutcome.PasswordExpired;
            }
        }
        else if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before checking the password; keep the timing of a wrong password.
            SpendAsMuchTimeAsAPasswordCheck(command.Password);
        }

        await audit.RecordAsync(
            result.IsLockedOut ? AuditActions.SignInLockedOut : AuditActions.SignInFailed,
            user,
            "",
            result.IsLockedOut ? "Locked out after repeated failures." : result.IsNotAllowed ? "The account is disabled, its organization is not active, or a wrong password." : "Wrong password.",
            cancellationToken);
        return SignInOutcome.Failed;
    }

    public async Task<bool> HandleAsync(SignOut command, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync();
        return true;
    }

    private void SpendAsMuchTimeAsAPasswordCheck(string? password)
    {
        _decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _decoyHash, password ?? "");
    }
}
