using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>
/// Identity asks this before every sign-in: a disabled user, a user of an organization that is not
/// active, and a handed-out password past its lifetime are "not allowed" (the sign-in answers as for a
/// wrong password, see SignInHandler).
/// </summary>
internal sealed class AccountConfirmation(AccountsDbContext db, TimeProvider clock) : IUserConfirmation<UserAccount>
{
    public async Task<bool> IsConfirmedAsync(UserManager<UserAccount> manager, UserAccount user)
    {
        if (user.IsDisabled || user.PasswordExpiresAtUtc is { } expires && expires <= clock.GetUtcNow().UtcDateTime)
        {
            return false;
        }

        return user.OrganizationId is not { } organizationId
            || await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == organizationId && o.Status == OrganizationStatus.Active);
    }
}
