using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>What XAdES SignedSignatureProperties say: the signing time and which certificate signed.</summary>
internal sealed record SignedSignatureProperties(DateTimeOffset SigningTime, byte[] CertificateDigest, byte[]? IssuerSerial)
{
    public static SignedSignatureProperties? Read(XmlElement signedProperties, List<SignatureProblem> problems)
    {
        var properties = SignatureStructure.Single(signedProperties, XadesNames.Xades, "SignedSignatureProperties");
        var time = properties is null ? null : SignatureStructure.Single(properties, XadesNames.Xades, "SigningTime");
        DateTimeOffset signingTime;
        try
        {
            signingTime = XmlConvert.ToDateTimeOffset(time?.InnerText.Trim() ?? string.Empty);
        }
        catch (FormatException)
        {
            problems.Add(new SignatureProblem(SignatureProblemCodes.SigningTimeInvalid, "The SignedProperties have no valid xades:SigningTime."));
            return null;
        }

        var cert = properties is null ? null : SignatureStructure.Single(properties, XadesNames.Xades, "SigningCertificateV2") is { } v2
            ? SignatureStructure.Children(v2, XadesNames.Xades, "Cert").FirstOrDefault()
            : null;
        var certDigest = cert is null ? null : SignatureStructure.Single(cert, XadesNames.Xades, "CertDigest");
        if (certDigest is null)
        {
            problems.Add(new SignatureProblem(SignatureProblemCodes.SignedPropertiesMissing, "The SignedProperties name no signing certificate (xades:SigningCertificateV2/Cert/CertDigest)."));
            return null;
        }

        var method = SignatureStructure.Single(certDigest, XadesNames.Dsig, "DigestMethod")?.GetAttributeNode("Algorithm")?.Value;
        if (AlgorithmPolicy.Check(method, AlgorithmPolicy.DigestMethods, "certificate digest method") is { } weak)
        {
            problems.Add(weak);
            return null;
        }

        var digest = Base64(SignatureStructure.Single(certDigest, XadesNames.Dsig, "DigestValue")?.InnerText);
        var issuerSerial = SignatureStructure.Single(cert!, XadesNames.Xades, "IssuerSerialV2") is { } serial ? Base64(serial.InnerText) ?? [] : null;
        if (digest is null)
        {
            problems.Add(new SignatureProblem(SignatureProblemCodes.CertificateMismatch, "The signing certificate's digest is not base64."));
            return null;
        }

        return new SignedSignatureProperties(signingTime, digest, issuerSerial);
    }

    /// <summary>Whether <paramref name="certificate"/> is the one these properties name.</summary>
    public bool Names(X509Certificate2 certificate) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(certificate.RawData), CertificateDigest)
        && (IssuerSerial is null || IssuerSerial.AsSpan().SequenceEqual(Signatures.IssuerSerial.Of(certificate)));

    private static byte[]? Base64(string? text)
    {
        try
        {
            return text is null ? null : Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
