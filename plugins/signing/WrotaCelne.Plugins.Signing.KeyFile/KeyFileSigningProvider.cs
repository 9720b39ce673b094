using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Plugins.Signing.KeyFile;

/// <summary>Signs with a key held in a PKCS#12 key file uploaded by the organization.</summary>
public sealed class KeyFileSigningProvider : ISigningProvider
{
    public string Id => "wrotacelne.signing.keyfile";

    public string DisplayName => "Plik klucza PKCS#12 / PKCS#12 key file";

    public SigningProviderDescriptor Describe() => new("pkcs12", []);
}
