using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.KeyFile;

/// <summary>Signs with a key held in a PKCS#12 key file uploaded by the organization.</summary>
public sealed class KeyFileSigningProvider : ISigningProvider
{
    // Windows' ERROR_INVALID_PASSWORD: the PKCS#12 loader sets it on every platform when the MAC or the key bags do not open.
    private const int InvalidPasswordHResult = unchecked((int)0x80070056);

    public string Id => "wrotacelne.signing.keyfile";

    public string DisplayName => "Plik klucza PKCS#12 / PKCS#12 key file";

    public SigningProviderDescriptor Describe() =>
        new("pkcs12", [SignatureMethods.RsaSha256, SignatureMethods.EcdsaSha256]) { UsesKeyMaterial = true };

    public SigningResult<ISigningKey> OpenKey(SigningKeyRequest request)
    {
        if (request is null || request.KeyMaterial.IsEmpty)
        {
            return Failure(SigningProblemCodes.BadKeyMaterial, "No key file was given.");
        }

        X509Certificate2Collection certificates;
        try
        {
            certificates = X509CertificateLoader.LoadPkcs12Collection(
                request.KeyMaterial.Span, request.Secret, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e) when (e.HResult == InvalidPasswordHResult)
        {
            return Failure(SigningProblemCodes.WrongSecret, "The key file's password is wrong.");
        }
        catch (CryptographicException)
        {
            return Failure(SigningProblemCodes.BadKeyMaterial, "The file is not a readable PKCS#12 key file.");
        }

        try
        {
            return KeyFrom(certificates);
        }
        finally
        {
            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }
        }
    }

    private static SigningResult<ISigningKey> KeyFrom(X509Certificate2Collection certificates)
    {
        var withKey = certificates.Where(c => c.HasPrivateKey).ToList();
        if (withKey.Count != 1)
        {
            return Failure(
                SigningProblemCodes.BadKeyMaterial,
                withKey.Count == 0 ? "The key file holds no private key with its certificate." : "The key file holds more than one private key.");
        }

        var certificate = withKey[0];
        try
        {
            return KeyAlgorithms.Open(certificate);
        }
        catch (CryptographicException)
        {
            return Failure(SigningProblemCodes.BadKeyMaterial, "The private key in the key file cannot be used.");
        }
    }

    private static SigningResult<ISigningKey> Failure(string code, string message) =>
        SigningResult.Failure<ISigningKey>(new SigningProblem(code, message));
}
