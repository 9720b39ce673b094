using Net.Pkcs11Interop.HighLevelAPI;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>One token: a slot of one loaded library (the instance, so two spellings of one module path agree).</summary>
internal sealed record TokenKey(IPkcs11Library Library, ulong SlotId);
