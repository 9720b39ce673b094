namespace WrotaCelne.Modules.Accounts.Resources;

/// <summary>Marker for the module's UI strings (AccountsResources.resx is Polish, .en.resx English).</summary>
internal sealed class AccountsResources;
