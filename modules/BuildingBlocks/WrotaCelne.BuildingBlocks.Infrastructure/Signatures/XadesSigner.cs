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
public static class XadesSigner
{
    /// <summary>Signs UTF-8 (or any declared encoding) XML and returns the signed document in UTF-8.</summary>
    public static SigningResult<byte[]> Sign(byte[] xml, ISigningKey key, DateTimeOffset signingTime)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(key);
        if (key.SignatureMethod is not (SignatureMethods.RsaSha256 or SignatureMethods.EcdsaSha256))
        {
            return Failure(SigningProblemCodes.UnsupportedKey, $"The key signs with {key.SignatureMethod}, not RSA-SHA256 or ECDSA-SHA256.");
        }

        var document = SignatureXml.Load(xml, XmlLimits.Default, out var error);
        if (document is null)
        {
            return Failure(SignatureProblemCodes.MalformedXml, error!);
        }

        try
        {
            using var algorithm = KeyFor(key);
            var signature = Compute(document, key, algorithm, signingTime);
            document.DocumentElement!.AppendChild(document.ImportNode(signature, deep: true));
            return SigningResult.Success(SignatureXml.Save(document));
        }
        catch (SigningKeyFailedException e)
        {
            return SigningResult.Failure<byte[]>([.. e.Problems]);
        }
        catch (CryptographicException e)
        {
            return Failure(SigningProblemCodes.UnsupportedKey, $"The signature could not be made with the key's certificate: {e.Message}");
        }
    }

    private static XmlElement Compute(XmlDocument document, ISigningKey key, AsymmetricAlgorithm algorithm, DateTimeOffset signingTime)
    {
        var signatureId = "Signature-" + Guid.NewGuid().ToString("N");
        var signedPropertiesId = signatureId + "-SignedProperties";
        var qualifying = QualifyingProperties.Build(document, signatureId, signedPropertiesId, key.Certificate, signingTime);
        var signedProperties = (XmlElement)qualifying.FirstChild!;

        var signedXml = new XadesSignedXml(document, signedPropertiesId, signedProperties) { SigningKey = algorithm };
        signedXml.Signature.Id = signatureId;
        signedXml.SignedInfo!.CanonicalizationMethod = XadesNames.ExcC14n;
        signedXml.SignedInfo.SignatureMethod = key.SignatureMethod;

        var content = new Reference(string.Empty) { DigestMethod = XadesNames.Sha256 };
        content.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        content.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(content);

        var properties = new Reference("#" + signedPropertiesId) { DigestMethod = XadesNames.Sha256, Type = XadesNames.SignedPropertiesType };
        properties.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(properties);

        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(key.Certificate));
        signedXml.KeyInfo = keyInfo;

        var holder = document.CreateDocumentFragment();
        holder.AppendChild(qualifying);
        signedXml.AddObject(new DataObject { Data = holder.ChildNodes });

        signedXml.ComputeSignature();
        return signedXml.GetXml();
    }

    private static AsymmetricAlgorithm KeyFor(ISigningKey key) =>
        key.SignatureMethod == SignatureMethods.RsaSha256 ? new KeyBackedRsa(key) : new KeyBackedEcdsa(key);

    private static SigningResult<byte[]> Failure(string code, string message) =>
        SigningResult.Failure<byte[]>(new SigningProblem(code, message));
}
