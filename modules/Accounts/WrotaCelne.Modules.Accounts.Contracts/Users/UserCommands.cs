using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Users;

/// <summary>A user of the caller's organization.</summary>
public sealed record UserDto(Guid Id, string Email, string DisplayName, string Role, bool Disabled, DateTime CreatedAtUtc);

/// <summary>The users of the signed-in administrator's organization.</summary>
public sealed record ListUsers : IQuery<IReadOnlyList<UserDto>>;

/// <summary>Adds a user to the caller's organization with a built-in role; the answer carries a one-time password. No per-user limit or fee.</summary>
public sealed record AddUser(string Email, string DisplayName, string Role) : ICommand<AddedUserDto>;

public sealed record AddedUserDto(UserDto User, string OneTimePassword);

/// <summary>Disables (open sessions end at their next request) or re-enables a user of the caller's organization.</summary>
public sealed record SetUserDisabled(Guid UserId, bool Disabled) : ICommand<UserDto>;
