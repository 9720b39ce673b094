namespace WrotaCelne.Plugins.Abstractions.Signing;

/// <summary>What a provider needs to open one key.</summary>
/// <param name="Settings">The credential's settings, named as in <see cref="SigningProviderDescriptor.Settings"/>.</param>
/// <param name="KeyMaterial">The key file's bytes (PKCS#12) when the provider uses key material; empty otherwise.</param>
/// <param name="Secret">The password of the key file or the PIN of the token, if any.</param>
public sealed record SigningKeyRequest(IReadOnlyDictionary<string, string> Settings, ReadOnlyMemory<byte> KeyMaterial, string? Secret)
{
    /// <summary>Keeps the secret out of logs.</summary>
    public override string ToString() => $"SigningKeyRequest {{ Settings = [{string.Join(", ", Settings.Keys)}], KeyMaterial = {KeyMaterial.Length} bytes }}";
}
