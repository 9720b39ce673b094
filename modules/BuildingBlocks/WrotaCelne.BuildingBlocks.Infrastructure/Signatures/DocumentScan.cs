using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// What the verifier needs from every element of a signed document, found in one walk: the ds:Signature elements,
/// the first Id value two elements share (Id, ID, id and xml:id all count, as resolvers differ) and whether elements
/// nest deeper than the limit (the library's canonicalization recurses per level, so such a document is refused first).
/// </summary>
internal sealed class DocumentScan
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private DocumentScan()
    {
    }

    public List<XmlElement> Signatures { get; } = [];

    public string? DuplicateId { get; private set; }

    public bool TooDeep { get; private set; }

    /// <param name="maxDepth">The deepest element nesting accepted (the root is level 1).</param>
    public static DocumentScan Of(XmlDocument document, int maxDepth)
    {
        var scan = new DocumentScan();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var root = document.DocumentElement!;
        var depth = 1;
        for (XmlNode? node = root; node is not null; node = Next(node, root, ref depth))
        {
            if (node is XmlElement element)
            {
                if (depth > maxDepth)
                {
                    scan.TooDeep = true;
                    return scan;
                }

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

    /// <summary>The node after <paramref name="node"/> in document order within <paramref name="root"/>, without recursion; <paramref name="depth"/> follows it.</summary>
    private static XmlNode? Next(XmlNode node, XmlNode root, ref int depth)
    {
        if (node.FirstChild is { } child)
        {
            depth++;
            return child;
        }

        for (; node != root; node = node.ParentNode!, depth--)
        {
            if (node.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
