using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Operators;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class CountPlatformOperatorsHandler(UserManager<UserAccount> users) : IQueryHandler<CountPlatformOperators, int>
{
    public Task<int> HandleAsync(CountPlatformOperators query, CancellationToken cancellationToken) =>
        users.Users.CountAsync(u => u.IsPlatformOperator && !u.IsDisabled, cancellationToken);
}
