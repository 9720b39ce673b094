using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

internal sealed class HttpCurrentUser(IHttpContextAccessor http, UserManager<UserAccount> users) : ICurrentUser
{
    public Guid? Id =>
        http.HttpContext?.User is { Identity.IsAuthenticated: true } principal && Guid.TryParse(users.GetUserId(principal), out var id) ? id : null;

    public async Task<UserAccount?> FindAsync() =>
        http.HttpContext?.User is { Identity.IsAuthenticated: true } principal ? await users.GetUserAsync(principal) : null;
}
