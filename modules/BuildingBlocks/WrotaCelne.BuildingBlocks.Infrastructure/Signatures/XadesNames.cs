using System.Security.Cryptography.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>Namespaces and algorithm URIs of the platform's XAdES-BES profile.</summary>
internal static class XadesNames
{
    public const string Dsig = SignedXml.XmlDsigNamespaceUrl;
    public const string Xades = "http://uri.etsi.org/01903/v1.3.2#";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    public const string SignedPropertiesType = "http://uri.etsi.org/01903#SignedProperties";
    public const string Sha256 = SignedXml.XmlDsigSHA256Url;
    public const string ExcC14n = SignedXml.XmlDsigExcC14NTransformUrl;
    public const string C14n = SignedXml.XmlDsigC14NTransformUrl;
    public const string Enveloped = SignedXml.XmlDsigEnvelopedSignatureTransformUrl;
}
