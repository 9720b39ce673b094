using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Abstractions;

/// <summary>
/// A signing-provider plugin gives the platform access to a key the organization controls (a key file, a smart card
/// or an HSM). The signature format itself (XAdES) is made by the platform; a provider only opens keys and signs
/// digests with them, so a private key on a card never leaves it.
/// </summary>
public interface ISigningProvider : IPlugin
{
    /// <summary>What kind of key store the provider works with and which algorithms it offers.</summary>
    SigningProviderDescriptor Describe();

    /// <summary>
    /// Opens a key for signing (SDK 1.2). The caller disposes the key when done. Wrong passwords, PINs, missing
    /// tokens and the like are error values.
    /// </summary>
    SigningResult<ISigningKey> OpenKey(SigningKeyRequest request) =>
        SigningResult.Failure<ISigningKey>(new SigningProblem(SigningProblemCodes.NotSupported, $"{Id} does not open keys."));
}

/// <summary>Describes a signing provider.</summary>
/// <param name="KeyStoreKind">The key store, e.g. <c>pkcs12</c> or <c>pkcs11</c>.</param>
/// <param name="SignatureAlgorithms">XML-DSig algorithm URIs the provider can produce.</param>
public sealed record SigningProviderDescriptor(string KeyStoreKind, IReadOnlyList<string> SignatureAlgorithms)
{
    /// <summary>Names of the settings a credential of this provider needs (SDK 1.2), e.g. <c>modulePath</c>, <c>tokenLabel</c>, <c>keyLabel</c>.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>True when a credential carries key material (a key file) the platform stores encrypted (SDK 1.2).</summary>
    public bool UsesKeyMaterial { get; init; }
}
