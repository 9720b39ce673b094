namespace WrotaCelne.Plugins.Abstractions;

/// <summary>
/// A signing-provider plugin signs business XML with a key the organization controls (a key file,
/// a smart card or an HSM). The signature format itself is shared by the host; providers supply keys.
/// </summary>
public interface ISigningProvider : IPlugin
{
    /// <summary>What kind of key store the provider works with and which algorithms it offers.</summary>
    SigningProviderDescriptor Describe();
}

/// <summary>Describes a signing provider.</summary>
/// <param name="KeyStoreKind">The key store, e.g. <c>pkcs12</c> or <c>pkcs11</c>.</param>
/// <param name="SignatureAlgorithms">XML-DSig algorithm URIs the provider can produce.</param>
public sealed record SigningProviderDescriptor(string KeyStoreKind, IReadOnlyList<string> SignatureAlgorithms);
