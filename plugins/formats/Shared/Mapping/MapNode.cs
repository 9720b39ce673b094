using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// One element of a message mapping over a canonical object of type <typeparamref name="T"/>: it writes the element
/// from the object, reads it back into a new object, and turns an element path of the message into the canonical
/// JSON path of the data (for the administration's error pointers).
/// </summary>
internal abstract class MapNode<T> : MapNode
    where T : class
{
    protected MapNode(string element)
        : base(element)
    {
    }

    /// <param name="source">The canonical object.</param>
    /// <param name="parent">The element to add to.</param>
    /// <param name="context">Message type and problems.</param>
    /// <param name="jsonPath">The canonical JSON path of <paramref name="source"/>, e.g. <c>$.items[0]</c>.</param>
    public abstract void Write(T source, XElement parent, WriteContext context, string jsonPath);

    public abstract void Read(XElement parent, T target, ReadContext context);

    /// <summary>The canonical JSON path of the data at <paramref name="segments"/>[<paramref name="position"/>..], or null.</summary>
    public abstract string? Locate(IReadOnlyList<PointerSegment> segments, int position, string jsonPath);
}

/// <summary>What every mapping node has, whatever object it maps.</summary>
internal abstract class MapNode(string element)
{
    /// <summary>The element numbering repeated groups 1..n in the EU messages.</summary>
    public const string SequenceNumber = "sequenceNumber";

    /// <summary>The element's local name (children of the root are unqualified, as in the EU messages).</summary>
    public string Element { get; } = element;

    /// <summary>The data must be there (a value, an object, at least one list entry).</summary>
    public bool IsRequired { get; set; }

    /// <summary>Message types the element belongs to; null for every message the mapping serves.</summary>
    public IReadOnlySet<string>? OnlyIn { get; set; }

    public bool AppliesTo(string messageType) => OnlyIn is null || OnlyIn.Contains(messageType);
}

/// <summary>Fluent settings for mapping tables.</summary>
internal static class MapNodeSettings
{
    public static TNode Required<TNode>(this TNode node)
        where TNode : MapNode
    {
        node.IsRequired = true;
        return node;
    }

    public static TNode Only<TNode>(this TNode node, params string[] messageTypes)
        where TNode : MapNode
    {
        node.OnlyIn = new HashSet<string>(messageTypes, StringComparer.Ordinal);
        return node;
    }
}

/// <summary>Fluent limits of repeated groups.</summary>
internal static class RepeatSettings
{
    public static RepeatNode<T, TItem> Max<T, TItem>(this RepeatNode<T, TItem> node, int maxOccurs)
        where T : class
        where TItem : class
    {
        node.MaxOccurs = maxOccurs;
        return node;
    }

    public static ValueListNode<T> Max<T>(this ValueListNode<T> node, int maxOccurs)
        where T : class
    {
        node.MaxOccurs = maxOccurs;
        return node;
    }
}

/// <summary>One step of an element path: <c>GoodsItem[2]</c> is name GoodsItem, position 2.</summary>
internal readonly record struct PointerSegment(string Name, int Position)
{
    /// <summary>Splits <c>/CC515C/GoodsShipment/GoodsItem[2]/Commodity</c>; null when it is not such a path.</summary>
    public static IReadOnlyList<PointerSegment>? Parse(string? pointer)
    {
        if (string.IsNullOrWhiteSpace(pointer))
        {
            return null;
        }

        var segments = new List<PointerSegment>();
        foreach (var part in pointer.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(new PointerSegment(part, 1));
                continue;
            }

            if (!part.EndsWith(']') || !int.TryParse(part.AsSpan(open + 1, part.Length - open - 2), out var position) || position < 1)
            {
                return null;
            }

            segments.Add(new PointerSegment(part[..open], position));
        }

        return segments;
    }
}
