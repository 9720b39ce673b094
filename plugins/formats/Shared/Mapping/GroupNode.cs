using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// A group element. With a property it maps one nested canonical object (<c>Exporter</c> from <c>parties.exporter</c>);
/// without one it only nests elements of the same object (<c>ExportOperation</c> holds the declaration's own fields).
/// </summary>
internal sealed class GroupNode<T, TChild>(string element, PropertyChain? property, IReadOnlyList<MapNode<TChild>> children) : MapNode<T>(element)
    where T : class
    where TChild : class
{
    public override void Write(T source, XElement parent, WriteContext context, string jsonPath)
    {
        var child = property is null ? source as TChild : property.Get(source) as TChild;
        var path = property is null ? jsonPath : $"{jsonPath}.{property.JsonPath}";
        if (child is null)
        {
            if (IsRequired)
            {
                context.Missing(path, Element);
            }

            return;
        }

        var element = new XElement(Element);
        foreach (var node in children.Where(n => n.AppliesTo(context.MessageType)))
        {
            node.Write(child, element, context, path);
        }

        // A pure nesting group with nothing inside is left out; an object that exists is written even when empty.
        if (property is not null || element.HasElements)
        {
            parent.Add(element);
        }
    }

    public override void Read(XElement parent, T target, ReadContext context)
    {
        var element = context.Take(parent, Element);
        if (element is null)
        {
            return;
        }

        TChild child;
        if (property is null)
        {
            child = target as TChild ?? throw new InvalidOperationException($"{Element} nests {typeof(TChild).Name} fields in a {typeof(T).Name}.");
        }
        else
        {
            child = Activator.CreateInstance<TChild>();
            property.Set(target, child);
        }

        foreach (var node in children.Where(n => n.AppliesTo(context.MessageType)))
        {
            node.Read(element, child, context);
        }
    }

    public override string? Locate(IReadOnlyList<PointerSegment> segments, int position, string jsonPath)
    {
        if (segments[position].Name != Element || segments[position].Position != 1)
        {
            return null;
        }

        var path = property is null ? jsonPath : $"{jsonPath}.{property.JsonPath}";
        if (position == segments.Count - 1)
        {
            return property is null ? null : path;
        }

        return children.Select(n => n.Locate(segments, position + 1, path)).FirstOrDefault(p => p is not null)
            ?? (property is null ? null : path);
    }
}
