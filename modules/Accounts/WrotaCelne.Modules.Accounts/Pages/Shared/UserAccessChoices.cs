using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Contracts.Roles;

namespace WrotaCelne.Modules.Accounts.Pages.Shared;

/// <summary>What _AccountsUserAccessFields offers (roles, branches) and what is chosen.</summary>
internal sealed record UserAccessChoices(string Prefix, IReadOnlyList<RoleDto> Roles, IReadOnlyList<BranchDto> Branches, UserInput Selected);
