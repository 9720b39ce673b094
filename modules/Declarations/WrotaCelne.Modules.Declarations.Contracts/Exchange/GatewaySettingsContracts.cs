using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Exchange;

/// <summary>
/// How the organization reaches the customs gateway. <paramref name="Environment"/> is <c>simulator</c>, <c>test</c>
/// or <c>production</c>; <paramref name="Available"/> lists those this install can reach (the operator configures
/// PUESC's addresses). The password is never shown.
/// </summary>
public sealed record GatewaySettingsDto(string Environment, string Login, bool PasswordStored, string? Address, IReadOnlyList<string> Available, DateTime? UpdatedAtUtc, string? UpdatedBy);

public sealed record GetGatewaySettings(CallerScope Caller) : IQuery<GatewaySettingsDto>;

/// <summary>Chooses the gateway environment and the PUESC login; an empty <paramref name="Password"/> keeps the stored one.</summary>
public sealed record SetGatewaySettings(CallerScope Caller, Actor Actor, string Environment, string? Login, string? Password) : ICommand<GatewaySettingsDto>;
