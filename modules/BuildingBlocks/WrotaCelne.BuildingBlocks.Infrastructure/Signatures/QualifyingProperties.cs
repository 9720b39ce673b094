using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>Builds the XAdES-BES xades:QualifyingProperties: signing time and the signing certificate (V2).</summary>
internal static class QualifyingProperties
{
    public static XmlElement Build(XmlDocument document, string signatureId, string signedPropertiesId, X509Certificate2 certificate, DateTimeOffset signingTime)
    {
        var qualifying = Xades(document, "QualifyingProperties");
        // Declared explicitly so the digest of SignedProperties is the same before and after the signature is written out.
        Declare(qualifying, "xades", XadesNames.Xades);
        Declare(qualifying, "ds", XadesNames.Dsig);
        qualifying.SetAttribute("Target", "#" + signatureId);

        var signedProperties = Append(qualifying, Xades(document, "SignedProperties"));
        signedProperties.SetAttribute("Id", signedPropertiesId);
        var signatureProperties = Append(signedProperties, Xades(document, "SignedSignatureProperties"));
        Append(signatureProperties, Xades(document, "SigningTime")).InnerText =
            signingTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        var cert = Append(Append(signatureProperties, Xades(document, "SigningCertificateV2")), Xades(document, "Cert"));
        var certDigest = Append(cert, Xades(document, "CertDigest"));
        Append(certDigest, document.CreateElement("ds", "DigestMethod", XadesNames.Dsig)).SetAttribute("Algorithm", XadesNames.Sha256);
        Append(certDigest, document.CreateElement("ds", "DigestValue", XadesNames.Dsig)).InnerText =
            Convert.ToBase64String(SHA256.HashData(certificate.RawData));
        Append(cert, Xades(document, "IssuerSerialV2")).InnerText = Convert.ToBase64String(IssuerSerial.Of(certificate));
        return qualifying;
    }

    private static XmlElement Xades(XmlDocument document, string name) => document.CreateElement("xades", name, XadesNames.Xades);

    private static XmlElement Append(XmlElement parent, XmlElement child)
    {
        parent.AppendChild(child);
        return child;
    }

    private static void Declare(XmlElement element, string prefix, string namespaceUri)
    {
        var declaration = element.OwnerDocument.CreateAttribute("xmlns", prefix, XadesNames.XmlnsNamespace);
        declaration.Value = namespaceUri;
        element.Attributes.Append(declaration);
    }
}
