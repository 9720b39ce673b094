using Microsoft.AspNetCore.Authentication;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts.SignIn;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>Two-factor sign-in with an authenticator app (Identity's TOTP provider) and one-time recovery codes.</summary>
internal sealed class SecondFactorHandler(SignInManager<UserAccount> signIn, UserManager<UserAccount> users, ICurrentUser currentUser, IAuditTrail audit)
    : ICommandHandler<SignInWithSecondFactor, SignInOutcome>,
      ICommandHandler<StartAuthenticatorSetup, AuthenticatorSetupDto>,
      ICommandHandler<ConfirmAuthenticatorSetup, IReadOnlyList<string>>
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Wrota Celne";

    public async Task<SignInOutcome> HandleAsync(SignInWithSecondFactor command, CancellationToken cancellationToken)
    {
        // Recovery codes are stored as issued ("abcde-fghij"); authenticator codes may be typed as "123 456".
        var code = command.IsRecoveryCode ? (command.Code ?? "").Trim() : Normalize(command.Code);
        if (code.Length == 0)
        {
            return SignInOutcome.Failed;
        }

        // The first step's cookie names the account; take its turn before reading it, so counts never race.
        var pending = (await signIn.Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?.FindFirstValue(ClaimTypes.Name);
        if (pending is null)
        {
            return SignInOutcome.Failed; // no password step in progress (or it expired)
        }

        using var turn = await AccountAttemptLocks.TryEnterAsync(pending, SignInHandler.Patience, cancellationToken);
        if (turn is null)
        {
            return SignInOutcome.Failed;
        }

        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Failed; // no password step in progress (or it expired)
        }

        SignInResult result;
        if (command.IsRecoveryCode)
        {
            // Identity's recovery-code sign-in neither refuses disabled or locked-out accounts nor counts
            // wrong codes; the authenticator path does all three, so the recovery path must too.
            if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
            {
                result = SignInResult.NotAllowed;
            }
            else
            {
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
                if (!result.Succeeded)
                {
                    await users.AccessFailedAsync(user);
                    result = await users.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
                }
            }
        }
        else
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        }
        var how = command.IsRecoveryCode ? "Password and recovery code." : "Password and authenticator code.";
        await audit.RecordAsync(result.Succeeded ? AuditActions.SignInSucceeded : result.IsLockedOut ? AuditActions.SignInLockedOut : AuditActions.SecondFactorFailed, user, "", how, cancellationToken);
        return !result.Succeeded ? SignInOutcome.Failed : user.MustChangePassword ? SignInOutcome.PasswordChangeRequired : SignInOutcome.SignedIn;
    }

    public async Task<AuthenticatorSetupDto> HandleAsync(StartAuthenticatorSetup command, CancellationToken cancellationToken)
    {
        var user = await currentUser.FindAsync() ?? throw new NotFoundException("The signed-in user");
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            // The secret is shown only while two-step sign-in is off: a borrowed session must not copy it.
            throw new ConflictException("code", "twofactor.enabled", "Two-step sign-in is already on.");
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was generated.");
            await signIn.RefreshSignInAsync(user); // the reset changed the security stamp
        }

        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = string.Format(
            CultureInfo.InvariantCulture,
            "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            UrlEncoder.Default.Encode(Issuer),
            UrlEncoder.Default.Encode(user.Email ?? user.UserName ?? ""),
            key);
        return new AuthenticatorSetupDto(grouped, uri);
    }

    public async Task<IReadOnlyList<string>> HandleAsync(ConfirmAuthenticatorSetup command, CancellationToken cancellationToken)
    {
        var user = await currentUser.FindAsync() ?? throw new NotFoundException("The signed-in user");
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(command.Code));
        if (!valid)
        {
            throw new InvalidInputException("code", "code.invalid", "The code is not valid; check the time on the phone and enter the current code.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordAsync(AuditActions.SecondFactorEnabled, user, "", "Authenticator app.", cancellationToken);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];

        // The user has just shown the second factor: the new session counts as multi-factor.
        // (amr=mfa, as Identity itself marks a two-factor sign-in.)
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccessPolicies.MultiFactorClaim, AccessPolicies.MultiFactorValue)]);
        return codes;
    }

    private static string Normalize(string? code) => new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
