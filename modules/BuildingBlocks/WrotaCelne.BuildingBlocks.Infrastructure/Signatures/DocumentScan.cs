using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// What the verifier needs from every element of a signed document, found in one walk: the ds:Signature elements
/// and the first Id value two elements share (Id, ID, id and xml:id all count, as resolvers differ).
/// </summary>
internal sealed class DocumentScan
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private DocumentScan()
    {
    }

    public List<XmlElement> Signatures { get; } = [];

    public string? DuplicateId { get; private set; }

    public static DocumentScan Of(XmlDocument document)
    {
        var scan = new DocumentScan();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var root = document.DocumentElement!;
        for (XmlNode? node = root; node is not null; node = Next(node, root))
        {
            if (node is XmlElement element)
            {
                scan.Visit(element, ids);
            }
        }

        return scan;
    }

    private void Visit(XmlElement element, HashSet<string> ids)
    {
        if (element.LocalName == "Signature" && element.NamespaceURI == XadesNames.Dsig)
        {
            Signatures.Add(element);
        }

        if (DuplicateId is not null || !element.HasAttributes)
        {
            return;
        }

        foreach (XmlAttribute attribute in element.Attributes)
        {
            var isId = attribute.NamespaceURI.Length == 0
                ? attribute.LocalName is "Id" or "ID" or "id"
                : attribute.LocalName == "id" && attribute.NamespaceURI == XmlNamespace;
            if (isId && !ids.Add(attribute.Value))
            {
                DuplicateId = attribute.Value;
                return;
            }
        }
    }

    /// <summary>The node after <paramref name="node"/> in document order within <paramref name="root"/>, without recursion.</summary>
    private static XmlNode? Next(XmlNode node, XmlNode root)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        for (; node != root; node = node.ParentNode!)
        {
            if (node.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
