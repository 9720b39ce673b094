using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>The account of whoever sent the current request, if signed in.</summary>
internal interface ICurrentUser
{
    Task<UserAccount?> FindAsync();

    /// <summary>The signed-in user's id from the session or token, without reading the account (the shell header asks on every page).</summary>
    Guid? Id { get; }
}
