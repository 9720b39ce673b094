using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// Whether a signature <see cref="SignatureStructure"/> has accepted verifies with the signer's certificate. SignedXml
/// still reads the signature (and refuses what it cannot read, as before); the two reference digests and the
/// signature value over SignedInfo are then computed with the library's canonicalization transforms on the document
/// already parsed (<see cref="CanonicalDigest"/>) instead of by SignedXml.CheckSignature, which copies the whole
/// document through a string. The SignedProperties digest covers the element the structure found, and the document
/// digest the document without the one signature it has, which is what the enveloped-signature transform removes.
/// </summary>
internal static class SignatureCheck
{
    public static bool Verifies(SignatureStructure structure, X509Certificate2 signer)
    {
        var signedXml = Read(structure.Signature);
        var signedInfo = signedXml?.SignedInfo;
        var references = signedInfo?.References.OfType<Reference>().ToList() ?? [];
        var content = references.FirstOrDefault(r => r.Uri is { Length: 0 });
        var properties = references.FirstOrDefault(r => r.Uri == "#" + structure.SignedPropertiesId);
        if (signedInfo is null || content is null || properties is null
            || Canonicalization(content.TransformChain, after: 1) is not { } contentCanonicalization
            || Canonicalization(properties.TransformChain, after: 0) is not { } propertiesCanonicalization)
        {
            return false;
        }

        try
        {
            return ValueVerifies(signedInfo, structure.SignedInfo!, signer, signedXml!.SignatureValue)
                && Matches(properties, CanonicalDigest.OfElement(structure.SignedProperties!, propertiesCanonicalization))
                && Matches(content, CanonicalDigest.OfDocumentWithout(structure.Signature, contentCanonicalization));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static SignedXml? Read(XmlElement signature)
    {
        // LoadXml also searches the whole document with XPath (every element with an Id, every signature) for what
        // only CheckSignature uses, which cost about 2 ms for a 116 KiB message. A copy of the signature in a
        // document of its own gets the same checks of the same elements.
        var copy = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var element = (XmlElement)copy.AppendChild(copy.ImportNode(signature, deep: true))!;
        try
        {
            var signedXml = new SignedXml(element);
            signedXml.LoadXml(element);
            return signedXml;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The canonicalization transform at <paramref name="after"/> (the structure allows at most one, after the
    /// enveloped-signature transform of the document reference); without one SignedXml uses inclusive C14N.
    /// </summary>
    private static Transform? Canonicalization(TransformChain chain, int after)
    {
        if (after == 1 && (chain.Count == 0 || chain[0].Algorithm != XadesNames.Enveloped))
        {
            return null;
        }

        if (chain.Count == after)
        {
            return new XmlDsigC14NTransform();
        }

        return chain.Count == after + 1 && chain[after].Algorithm is XadesNames.ExcC14n or XadesNames.C14n ? chain[after] : null;
    }

    private static bool Matches(Reference reference, byte[] digest) =>
        reference.DigestValue is { } expected && CryptographicOperations.FixedTimeEquals(expected, digest);

    private static bool ValueVerifies(SignedInfo signedInfo, XmlElement signedInfoElement, X509Certificate2 signer, byte[]? value)
    {
        if (value is null)
        {
            return false;
        }

        var digest = CanonicalDigest.OfElement(signedInfoElement, signedInfo.CanonicalizationMethodObject);
        switch (signedInfo.SignatureMethod)
        {
            case SignatureMethods.RsaSha256:
                using (var rsa = signer.GetRSAPublicKey())
                {
                    return rsa is not null && rsa.VerifyHash(digest, value, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }

            case SignatureMethods.EcdsaSha256:
                // XML-DSig 1.1 writes ECDSA signatures as r||s, which is what VerifyHash reads.
                using (var ecdsa = signer.GetECDsaPublicKey())
                {
                    return ecdsa is not null && ecdsa.VerifyHash(digest, value);
                }

            default:
                return false;
        }
    }
}
