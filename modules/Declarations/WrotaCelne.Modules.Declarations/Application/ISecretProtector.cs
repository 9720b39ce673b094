namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Encrypts secrets (guarantee access codes, signing keys and their passwords) with the install's data-protection key ring.</summary>
internal interface ISecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);

    /// <summary>Encrypts a key file; a purpose of its own, so a protected key can never be read back as a text secret.</summary>
    byte[] ProtectKey(byte[] keyMaterial);

    byte[] UnprotectKey(byte[] protectedKeyMaterial);
}
