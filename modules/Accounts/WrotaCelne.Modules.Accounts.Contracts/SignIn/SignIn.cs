using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.SignIn;

/// <summary>Signs a person in with e-mail and password; on success the session cookie is issued on the current response.</summary>
public sealed record SignIn(string Email, string Password) : ICommand<SignInOutcome>;

/// <summary>
/// Deliberately coarse: an unknown e-mail, a wrong password, a locked or disabled account all answer
/// <see cref="Failed"/>, so the answer never tells whether an account exists.
/// </summary>
public enum SignInOutcome
{
    SignedIn = 1,
    Failed = 2,

    /// <summary>Too many password checks are running at once; try again in a moment.</summary>
    Busy = 3,

    /// <summary>The password was right; the second factor (authenticator or recovery code) comes next.</summary>
    SecondFactorRequired = 4,

    /// <summary>The right one-time password, past its lifetime: an administrator must hand out a new one.</summary>
    PasswordExpired = 5,

    /// <summary>Signed in with a handed-out password: the person must choose their own before anything else.</summary>
    PasswordChangeRequired = 6,
}
