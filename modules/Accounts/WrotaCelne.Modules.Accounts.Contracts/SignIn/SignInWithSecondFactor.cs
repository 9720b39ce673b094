using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.SignIn;

/// <summary>Completes a sign-in whose password was accepted, with a code from the authenticator app or a recovery code.</summary>
public sealed record SignInWithSecondFactor(string Code, bool IsRecoveryCode) : ICommand<SignInOutcome>;
