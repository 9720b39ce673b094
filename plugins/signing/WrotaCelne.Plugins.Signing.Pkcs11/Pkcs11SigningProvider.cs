using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>Signs with a key on a smart card or HSM, reached through the device's PKCS#11 library.</summary>
public sealed class Pkcs11SigningProvider : ISigningProvider
{
    public string Id => "wrotacelne.signing.pkcs11";

    public string DisplayName => "Karta kryptograficzna / HSM (PKCS#11) / Smart card or HSM (PKCS#11)";

    public SigningProviderDescriptor Describe() =>
        new("pkcs11", [SignatureMethods.RsaSha256, SignatureMethods.EcdsaSha256])
        {
            Settings = Pkcs11Settings.Names,
            UsesKeyMaterial = false,
        };

    public SigningResult<ISigningKey> OpenKey(SigningKeyRequest request) => Pkcs11KeyOpener.Open(request);
}
