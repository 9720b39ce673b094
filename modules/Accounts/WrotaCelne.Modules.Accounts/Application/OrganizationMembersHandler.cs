using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class OrganizationMembersHandler(UserManager<UserAccount> users) : IQueryHandler<ListOrganizationMembers, IReadOnlyList<MemberDto>>
{
    public async Task<IReadOnlyList<MemberDto>> HandleAsync(ListOrganizationMembers query, CancellationToken cancellationToken)
    {
        var members = await users.Users.AsNoTracking()
            .Where(u => u.OrganizationId == query.OrganizationId && !u.IsPlatformOperator)
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsDisabled })
            .ToListAsync(cancellationToken);
        return members.Select(u => new MemberDto(u.Id, u.DisplayName, u.Email ?? "", u.IsDisabled)).ToList();
    }
}
