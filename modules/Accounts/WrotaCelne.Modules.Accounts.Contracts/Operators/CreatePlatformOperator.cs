using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Operators;

/// <summary>Creates an administrator of the install itself. The answer carries a one-time password, shown once.</summary>
public sealed record CreatePlatformOperator(string Email, string DisplayName) : ICommand<CreatedOperatorDto>;

public sealed record CreatedOperatorDto(Guid Id, string Email, string OneTimePassword);
