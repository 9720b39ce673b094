using System.Globalization;
using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>A repeated group element, one per object of a canonical list; optionally numbered with <c>sequenceNumber</c>.</summary>
internal sealed class RepeatNode<T, TItem>(string element, PropertyChain list, IReadOnlyList<MapNode<TItem>> children) : MapNode<T>(element)
    where T : class
    where TItem : class
{
    public bool Numbered { get; set; }


    public int? MaxOccurs { get; set; }

    public override void Write(T source, XElement parent, WriteContext context, string jsonPath)
    {
        var path = $"{jsonPath}.{list.JsonPath}";
        var items = list.Get(source) as List<TItem> ?? [];
        if (items.Count == 0 && IsRequired)
        {
            context.Missing(path, Element);
        }

        if (MaxOccurs is { } max && items.Count > max)
        {
            context.Invalid(path, $"{context.MessageType} carries at most {max} {Element}; the declaration has {items.Count} at {path}.");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                context.Missing($"{path}[{i}]", Element);
                continue;
            }

            var element = new XElement(Element);
            if (Numbered)
            {
                element.Add(new XElement(SequenceNumber, (i + 1).ToString(CultureInfo.InvariantCulture)));
            }

            foreach (var node in children.Where(n => n.AppliesTo(context.MessageType)))
            {
                node.Write(items[i], element, context, $"{path}[{i}]");
            }

            parent.Add(element);
        }
    }

    public override void Read(XElement parent, T target, ReadContext context)
    {
        var elements = context.TakeAll(parent, Element);
        if (elements.Count == 0)
        {
            return;
        }

        var items = new List<TItem>();
        foreach (var element in elements)
        {
            if (Numbered)
            {
                context.Take(element, SequenceNumber);
            }

            var item = Activator.CreateInstance<TItem>();
            foreach (var node in children.Where(n => n.AppliesTo(context.MessageType)))
            {
                node.Read(element, item, context);
            }

            items.Add(item);
        }

        list.Set(target, items);
    }

    public override string? Locate(IReadOnlyList<PointerSegment> segments, int position, string jsonPath)
    {
        if (segments[position].Name != Element)
        {
            return null;
        }

        var path = $"{jsonPath}.{list.JsonPath}[{segments[position].Position - 1}]";
        if (position == segments.Count - 1)
        {
            return path;
        }

        return children.Select(n => n.Locate(segments, position + 1, path)).FirstOrDefault(p => p is not null) ?? path;
    }
}
