using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.KeyFile;

/// <summary>Which keys the platform signs with: RSA of at least 2048 bits, EC on P-256, P-384 or P-521.</summary>
internal static class KeyAlgorithms
{
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string EcOid = "1.2.840.10045.2.1";
    private const int MinimumRsaBits = 2048;
    private static readonly string[] Curves = ["1.2.840.10045.3.1.7", "1.3.132.0.34", "1.3.132.0.35"];

    public static SigningResult<ISigningKey> Open(X509Certificate2 certificate)
    {
        var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        switch (certificate.PublicKey.Oid.Value)
        {
            case RsaOid:
                var rsa = certificate.GetRSAPrivateKey();
                if (rsa is not null && rsa.KeySize >= MinimumRsaBits)
                {
                    return SigningResult.Success<ISigningKey>(new KeyFileSigningKey(publicOnly, SignatureMethods.RsaSha256, rsa));
                }

                rsa?.Dispose();
                break;
            case EcOid:
                var ecdsa = certificate.GetECDsaPrivateKey();
                if (ecdsa is not null && ecdsa.ExportParameters(false).Curve.Oid.Value is { } curve && Curves.Contains(curve))
                {
                    return SigningResult.Success<ISigningKey>(new KeyFileSigningKey(publicOnly, SignatureMethods.EcdsaSha256, ecdsa));
                }

                ecdsa?.Dispose();
                break;
        }

        publicOnly.Dispose();
        return SigningResult.Failure<ISigningKey>(new SigningProblem(
            SigningProblemCodes.UnsupportedKey,
            $"The key file's key ({certificate.PublicKey.Oid.FriendlyName ?? certificate.PublicKey.Oid.Value}) is not RSA of at least {MinimumRsaBits} bits or EC on P-256, P-384 or P-521."));
    }
}
