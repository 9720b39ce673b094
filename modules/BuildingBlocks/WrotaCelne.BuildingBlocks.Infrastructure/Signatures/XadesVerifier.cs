using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// Verifies a XAdES-BES enveloped signature of an inbound document (an answer from the gateway, an imported file)
/// against the platform's profile. It refuses anything the profile does not produce before any cryptography runs:
/// more or fewer than one signature, duplicate Ids, references other than the document and this signature's
/// SignedProperties, transforms other than enveloped-signature and canonicalization, SHA-1, MD5 and unknown
/// algorithms. Then the certificate in KeyInfo must be the one SigningCertificateV2 names, and the signature must
/// verify with it (<see cref="SignatureCheck"/>). Trust in the certificate itself (chain, revocation) is not decided
/// here. The document is parsed once; every check works on that one XmlDocument.
/// </summary>
public static class XadesVerifier
{
    public static XadesVerification Verify(byte[] xml, XadesVerificationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var limits = (options ?? XadesVerificationOptions.Default).Limits;
        var document = SignatureXml.Load(xml, limits, out var error);
        if (document is null)
        {
            return Refused(SignatureProblemCodes.MalformedXml, error!);
        }

        var scan = DocumentScan.Of(document, limits.MaxDepth);
        if (scan.TooDeep)
        {
            return Refused(SignatureProblemCodes.MalformedXml, $"Elements are nested deeper than {limits.MaxDepth} levels.");
        }

        var signatures = scan.Signatures;
        if (signatures.Count != 1)
        {
            return signatures.Count == 0
                ? Refused(SignatureProblemCodes.Missing, "The document is not signed.")
                : Refused(SignatureProblemCodes.Multiple, $"The document has {signatures.Count} signatures; exactly one is accepted.");
        }

        if (scan.DuplicateId is { } duplicate)
        {
            return Refused(SignatureProblemCodes.DuplicateId, $"More than one element has the Id \"{duplicate}\".");
        }

        var structure = SignatureStructure.Read(signatures[0]);
        if (structure.Problems.Count > 0)
        {
            return new XadesVerification(structure.Problems, null, null, structure.ContentDigest);
        }

        var problems = new List<SignatureProblem>();
        var properties = SignedSignatureProperties.Read(structure.SignedProperties!, problems);
        if (properties is null)
        {
            return new XadesVerification(problems, null, null, structure.ContentDigest);
        }

        var certificates = KeyInfoCertificates(structure.Signature);
        if (certificates.Count == 0)
        {
            return new XadesVerification(
                [new SignatureProblem(SignatureProblemCodes.CertificateMissing, "KeyInfo carries no readable X.509 certificate.")],
                null, properties.SigningTime, structure.ContentDigest);
        }

        var signer = certificates.FirstOrDefault(properties.Names);
        foreach (var other in certificates.Where(c => c != signer))
        {
            other.Dispose();
        }

        if (signer is null)
        {
            return new XadesVerification(
                [new SignatureProblem(SignatureProblemCodes.CertificateMismatch, "No KeyInfo certificate is the one SigningCertificateV2 names.")],
                null, properties.SigningTime, structure.ContentDigest);
        }

        if (!SignatureCheck.Verifies(structure, signer))
        {
            problems.Add(new SignatureProblem(SignatureProblemCodes.Invalid, "The signature does not verify: the signed document or its signed properties were changed, or the signature value is wrong."));
        }

        return new XadesVerification(problems, signer, properties.SigningTime, structure.ContentDigest);
    }

    private static List<X509Certificate2> KeyInfoCertificates(XmlElement signature)
    {
        var certificates = new List<X509Certificate2>();
        var elements = SignatureStructure.Children(signature, XadesNames.Dsig, "KeyInfo")
            .SelectMany(k => SignatureStructure.Children(k, XadesNames.Dsig, "X509Data"))
            .SelectMany(d => SignatureStructure.Children(d, XadesNames.Dsig, "X509Certificate"));
        foreach (var element in elements)
        {
            try
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(Convert.FromBase64String(element.InnerText.Trim())));
            }
            catch (Exception e) when (e is FormatException or CryptographicException)
            {
                // An unreadable extra certificate is skipped; the signer's must still be found among the rest.
            }
        }

        return certificates;
    }

    private static XadesVerification Refused(string code, string message) =>
        new([new SignatureProblem(code, message)], null, null, null);
}
