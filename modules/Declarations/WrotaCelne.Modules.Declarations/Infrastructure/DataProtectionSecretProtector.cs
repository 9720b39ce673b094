using Microsoft.AspNetCore.DataProtection;
using WrotaCelne.Modules.Declarations.Application;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("WrotaCelne.Declarations.Secrets.v1");
    private readonly IDataProtector _keys = provider.CreateProtector("WrotaCelne.Declarations.SigningKeys.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);

    public byte[] ProtectKey(byte[] keyMaterial) => _keys.Protect(keyMaterial);

    public byte[] UnprotectKey(byte[] protectedKeyMaterial) => _keys.Unprotect(protectedKeyMaterial);
}
