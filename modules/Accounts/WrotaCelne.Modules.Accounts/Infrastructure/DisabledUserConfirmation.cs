using Microsoft.AspNetCore.Identity;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>Identity asks this before every sign-in: a disabled user is "not allowed".</summary>
internal sealed class DisabledUserConfirmation : IUserConfirmation<UserAccount>
{
    public Task<bool> IsConfirmedAsync(UserManager<UserAccount> manager, UserAccount user) => Task.FromResult(!user.IsDisabled);
}
