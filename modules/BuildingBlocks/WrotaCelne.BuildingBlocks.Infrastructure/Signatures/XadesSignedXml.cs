using System.Security.Cryptography.Xml;
using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// SignedXml whose same-document references resolve to one pinned element only: the SignedProperties the
/// profile signs. Nothing else can be looked up by Id, so a reference cannot be steered to other content.
/// </summary>
internal sealed class XadesSignedXml : SignedXml
{
    private readonly string pinnedId;
    private readonly XmlElement pinned;

    public XadesSignedXml(XmlDocument document, string pinnedId, XmlElement pinned)
        : base(document)
    {
        this.pinnedId = pinnedId;
        this.pinned = pinned;
        EcdsaSha256SignatureDescription.EnsureRegistered();
        Resolver = XmlResolver.ThrowingResolver;
        SafeCanonicalizationMethods.Clear();
        SafeCanonicalizationMethods.Add(XadesNames.ExcC14n);
        SafeCanonicalizationMethods.Add(XadesNames.C14n);
    }

    public override XmlElement? GetIdElement(XmlDocument? document, string idValue) =>
        string.Equals(idValue, pinnedId, StringComparison.Ordinal) ? pinned : null;
}
