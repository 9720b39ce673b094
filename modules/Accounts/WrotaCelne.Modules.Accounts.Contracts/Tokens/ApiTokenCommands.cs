using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Tokens;

public sealed record ApiTokenDto(Guid Id, string Name, IReadOnlyList<string> Permissions, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? RevokedAtUtc, DateTime? LastUsedAtUtc);

/// <summary>The caller's own API tokens, newest first.</summary>
public sealed record ListMyApiTokens : IQuery<IReadOnlyList<ApiTokenDto>>;

/// <summary>
/// Issues a personal API token acting for the caller with the given permissions (a subset of the
/// caller's) until it expires (1 to 366 days). The secret is in the answer only.
/// </summary>
public sealed record CreateApiToken(string Name, IReadOnlyList<string> Permissions, int ExpiresInDays) : ICommand<CreatedApiTokenDto>;

/// <param name="Token">Send as <c>Authorization: Bearer {Token}</c>.</param>
public sealed record CreatedApiTokenDto(ApiTokenDto Details, string Token);

public sealed record RevokeApiToken(Guid TokenId) : ICommand<ApiTokenDto>;
