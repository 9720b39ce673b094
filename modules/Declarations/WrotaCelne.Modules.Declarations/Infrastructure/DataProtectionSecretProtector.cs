using Microsoft.AspNetCore.DataProtection;
using WrotaCelne.Modules.Declarations.Application;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("WrotaCelne.Declarations.Secrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
