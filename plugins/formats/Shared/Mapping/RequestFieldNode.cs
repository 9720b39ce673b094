using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>An element whose value comes from the request, not the declaration (the invalidation reason, the request time).</summary>
internal sealed class RequestFieldNode<T>(string element, string valueName) : MapNode<T>(element)
    where T : class
{
    public int? MaxLength { get; set; }

    public override void Write(T source, XElement parent, WriteContext context, string jsonPath)
    {
        var text = TextValue.Write(context.RequestValues.GetValueOrDefault(valueName));
        if (text is null)
        {
            if (IsRequired)
            {
                context.Missing(valueName, Element);
            }

            return;
        }

        if (MaxLength is { } max && text.Length > max)
        {
            context.Invalid(valueName, $"{Element} is at most {max} characters long in {context.MessageType}; {valueName} has {text.Length}.");
            return;
        }

        if (!XmlText.IsValid(text))
        {
            context.Invalid(valueName, $"{valueName} holds characters XML cannot carry (control characters).");
            return;
        }

        parent.Add(new XElement(Element, text));
    }

    public override void Read(XElement parent, T target, ReadContext context) => context.Take(parent, Element);

    public override string? Locate(IReadOnlyList<PointerSegment> segments, int position, string jsonPath) => null;
}
