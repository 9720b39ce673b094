namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>One token: a slot of one loaded module.</summary>
internal sealed record TokenKey(string ModulePath, ulong SlotId);
