using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// SHA-256 digests of canonical XML, made by System.Security.Cryptography.Xml's canonicalization transforms straight
/// from the document already in memory. For a URI="" reference SignedXml first writes the whole document out as a
/// string and parses it again, which costs time and memory in proportion to the message and also changes what is
/// digested: a carriage return written as a character reference in text becomes a line feed, and a tab in an
/// attribute value becomes a space.
/// </summary>
internal static class CanonicalDigest
{
    /// <summary>The whole document (what a URI="" reference selects), through <paramref name="canonicalization"/>.</summary>
    public static byte[] OfDocument(XmlDocument document, Transform canonicalization)
    {
        Load(canonicalization, document);
        return Digest(canonicalization);
    }

    /// <summary>
    /// The document without <paramref name="signature"/>: what the enveloped-signature transform gives when it removes
    /// the signature that contains it. The element is detached only while the transform copies the document.
    /// </summary>
    public static byte[] OfDocumentWithout(XmlElement signature, Transform canonicalization)
    {
        var document = signature.OwnerDocument;
        var parent = signature.ParentNode ?? throw new ArgumentException("The signature is not in a document.", nameof(signature));
        var next = signature.NextSibling;
        parent.RemoveChild(signature);
        try
        {
            Load(canonicalization, document);
        }
        finally
        {
            parent.InsertBefore(signature, next);
        }

        return Digest(canonicalization);
    }

    /// <summary>
    /// One element and its descendants (SignedInfo, or what a same-document reference selects) in the namespace
    /// context of its ancestors: as in SignedXml, canonicalized in a document of its own whose root carries the
    /// namespace declarations in scope. The ancestors' xml:* attributes are carried only for inclusive C14N, which
    /// inherits them; SignedXml carried them for exclusive C14N too, against its specification and xmlsec1, so a
    /// root with xml:lang or xml:space broke SignedXml's own signatures.
    /// </summary>
    public static byte[] OfElement(XmlElement element, Transform canonicalization)
    {
        var copy = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var root = (XmlElement)copy.AppendChild(copy.ImportNode(element, deep: true))!;
        Inherit(root, element, xmlAttributes: canonicalization is XmlDsigC14NTransform);
        Load(canonicalization, copy);
        return Digest(canonicalization);
    }

    private static void Load(Transform canonicalization, XmlDocument document)
    {
        canonicalization.Resolver = XmlResolver.ThrowingResolver;
        canonicalization.LoadInput(document);
    }

    private static byte[] Digest(Transform canonicalization)
    {
        // The canonical bytes are hashed rather than GetDigestedOutput's stream of small writes: that writes through a
        // StringBuilder into one array, which allocates less and takes ~10% less time for a 116 KiB message, and
        // GetDigestedOutput hashes the text "(char) 10" where C14N puts a line feed after a processing instruction
        // beside the root element (a bug in the library).
        using var output = (Stream)canonicalization.GetOutput();
        return SHA256.HashData(output);
    }

    private static void Inherit(XmlElement copy, XmlElement original, bool xmlAttributes)
    {
        for (var ancestor = original.ParentNode as XmlElement; ancestor is not null; ancestor = ancestor.ParentNode as XmlElement)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                var isDeclaration = attribute.Prefix == "xmlns" || (attribute.Prefix.Length == 0 && attribute.LocalName == "xmlns");
                var inherited = isDeclaration || (xmlAttributes && attribute.Prefix == "xml");
                // The nearest declaration of a prefix wins; an unprefixed element's own namespace is its default one.
                var shadowed = copy.HasAttribute(attribute.Name) || (attribute.Name == "xmlns" && copy.Prefix.Length == 0);
                if (inherited && !shadowed)
                {
                    copy.SetAttributeNode((XmlAttribute)copy.OwnerDocument.ImportNode(attribute, deep: true));
                }
            }
        }
    }
}
