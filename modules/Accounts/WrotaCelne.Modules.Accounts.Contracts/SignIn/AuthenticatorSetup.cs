using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.SignIn;

/// <summary>Gives the signed-in user the key to enter into an authenticator app (TOTP, RFC 6238).</summary>
public sealed record StartAuthenticatorSetup : ICommand<AuthenticatorSetupDto>;

/// <param name="SharedKey">Base32 key, grouped by four characters for typing.</param>
/// <param name="AuthenticatorUri">otpauth:// URI that authenticator apps import.</param>
public sealed record AuthenticatorSetupDto(string SharedKey, string AuthenticatorUri);

/// <summary>Turns two-factor sign-in on once the user proves the app works; answers the recovery codes, shown once.</summary>
public sealed record ConfirmAuthenticatorSetup(string Code) : ICommand<IReadOnlyList<string>>;
