using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using WrotaCelne.Plugins.Abstractions.Signing;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// Makes the platform's XAdES-BES enveloped signature: the whole document (exclusive canonical form, signature
/// removed) and the XAdES SignedProperties, both SHA-256, signed with RSA-SHA256 or ECDSA-SHA256 by an
/// <see cref="ISigningKey"/>, whose private key never leaves its provider. The ds:Signature is appended as the
/// last child of the root element.
/// </summary>
/// <remarks>
/// The digests are computed with the library's canonicalization transforms (<see cref="CanonicalDigest"/>) and the
/// ds:Signature is written by SignedXml's own object model (<see cref="Signature"/>), so the XML is what
/// SignedXml.ComputeSignature wrote, without its copy of the whole document.
/// </remarks>
public static class XadesSigner
{
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string EcPublicKey = "1.2.840.10045.2.1";

    /// <summary>Signs UTF-8 (or any declared encoding) XML and returns the signed document in UTF-8.</summary>
    public static SigningResult<byte[]> Sign(byte[] xml, ISigningKey key, DateTimeOffset signingTime)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(key);
        if (key.SignatureMethod is not (SignatureMethods.RsaSha256 or SignatureMethods.EcdsaSha256))
        {
            return Failure(SigningProblemCodes.UnsupportedKey, $"The key signs with {key.SignatureMethod}, not RSA-SHA256 or ECDSA-SHA256.");
        }

        if (!CertificateFits(key))
        {
            return Failure(SigningProblemCodes.UnsupportedKey, $"The key's certificate has no public key of the kind {key.SignatureMethod} needs.");
        }

        var document = SignatureXml.Load(xml, XmlLimits.Default, out var error);
        if (document is null)
        {
            return Failure(SignatureProblemCodes.MalformedXml, error!);
        }

        try
        {
            var signature = Compute(document, key, signingTime);
            if (!signature.Succeeded)
            {
                return SigningResult.Failure<byte[]>([.. signature.Errors]);
            }

            document.DocumentElement!.AppendChild(document.ImportNode(signature.Value!, deep: true));
            return SigningResult.Success(SignatureXml.Save(document));
        }
        catch (CryptographicException e)
        {
            return Failure(SigningProblemCodes.UnsupportedKey, $"The signature could not be made with the key's certificate: {e.Message}");
        }
    }

    private static SigningResult<XmlElement> Compute(XmlDocument document, ISigningKey key, DateTimeOffset signingTime)
    {
        // Before anything is added, so there is no signature for the enveloped-signature transform to remove.
        var contentDigest = CanonicalDigest.OfDocument(document, new XmlDsigExcC14NTransform());

        var signatureId = "Signature-" + Guid.NewGuid().ToString("N");
        var signedPropertiesId = signatureId + "-SignedProperties";
        var qualifying = QualifyingProperties.Build(document, signatureId, signedPropertiesId, key.Certificate, signingTime);
        var holder = document.CreateDocumentFragment();
        holder.AppendChild(qualifying);

        var content = new Reference(string.Empty) { DigestMethod = XadesNames.Sha256, DigestValue = contentDigest };
        content.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        content.AddTransform(new XmlDsigExcC14NTransform());
        var properties = new Reference("#" + signedPropertiesId)
        {
            DigestMethod = XadesNames.Sha256,
            Type = XadesNames.SignedPropertiesType,
            DigestValue = CanonicalDigest.OfElement((XmlElement)qualifying.FirstChild!, new XmlDsigExcC14NTransform()),
        };
        properties.AddTransform(new XmlDsigExcC14NTransform());
        var signedInfo = new SignedInfo { CanonicalizationMethod = XadesNames.ExcC14n, SignatureMethod = key.SignatureMethod };
        signedInfo.AddReference(content);
        signedInfo.AddReference(properties);

        // RSA PKCS#1 v1.5 and ECDSA r||s over the SHA-256 of SignedInfo's canonical form are what ISigningKey returns.
        var signatureValue = key.SignDigest(CanonicalDigest.OfElement(signedInfo.GetXml(), new XmlDsigExcC14NTransform()));
        if (!signatureValue.Succeeded)
        {
            return SigningResult.Failure<XmlElement>([.. signatureValue.Errors]);
        }

        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(key.Certificate));
        var signature = new Signature { Id = signatureId, SignedInfo = signedInfo, SignatureValue = signatureValue.Value, KeyInfo = keyInfo };
        signature.AddObject(new DataObject { Data = holder.ChildNodes });
        return SigningResult.Success(signature.GetXml());
    }

    // The key algorithm's OID, not GetRSAPublicKey/GetECDsaPublicKey, which build a key object each call (0.15 ms).
    private static bool CertificateFits(ISigningKey key) =>
        key.Certificate.PublicKey.Oid.Value == (key.SignatureMethod == SignatureMethods.RsaSha256 ? RsaEncryption : EcPublicKey);

    private static SigningResult<byte[]> Failure(string code, string message) =>
        SigningResult.Failure<byte[]>(new SigningProblem(code, message));
}
