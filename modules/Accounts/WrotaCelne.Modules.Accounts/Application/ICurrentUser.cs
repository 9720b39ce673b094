using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>The account of whoever sent the current request, if signed in.</summary>
internal interface ICurrentUser
{
    Task<UserAccount?> FindAsync();
}
