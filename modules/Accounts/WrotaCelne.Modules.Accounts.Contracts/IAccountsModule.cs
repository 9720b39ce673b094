using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts;

/// <summary>The Accounts module's facade: organizations (tenants), users, permissions.</summary>
public interface IAccountsModule : IModuleFacade;
