using System.Globalization;
using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>A repeated group holding one value each (<c>CountryOfRoutingOfConsignment/country</c>) from a list of strings.</summary>
internal sealed class ValueListNode<T>(string element, string valueElement, PropertyChain list) : MapNode<T>(element)
    where T : class
{
    public bool Numbered { get; set; }

    public int? MaxOccurs { get; set; }

    /// <summary>Checks every value (length, pattern) the way a field does.</summary>
    public FieldNode<Holder>? ValueRules { get; set; }

    public override void Write(T source, XElement parent, WriteContext context, string jsonPath)
    {
        var path = $"{jsonPath}.{list.JsonPath}";
        var values = list.Get(source) as List<string> ?? [];
        if (MaxOccurs is { } max && values.Count > max)
        {
            context.Invalid(path, $"{context.MessageType} carries at most {max} {Element}; the declaration has {values.Count} at {path}.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            var text = TextValue.Write(values[i]);
            if (text is null)
            {
                context.Missing($"{path}[{i}]", valueElement);
                continue;
            }

            if (ValueRules is not null && !ValueRules.Validate(text, $"{path}[{i}]", context))
            {
                continue;
            }

            var element = new XElement(Element);
            if (Numbered)
            {
                element.Add(new XElement(SequenceNumber, (i + 1).ToString(CultureInfo.InvariantCulture)));
            }

            element.Add(new XElement(valueElement, text));
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

        var values = new List<string>();
        foreach (var element in elements)
        {
            if (Numbered)
            {
                context.Take(element, SequenceNumber);
            }

            if (context.Take(element, valueElement) is { HasElements: false } value)
            {
                values.Add(value.Value);
            }
        }

        list.Set(target, values);
    }

    public override string? Locate(IReadOnlyList<PointerSegment> segments, int position, string jsonPath) =>
        segments[position].Name == Element ? $"{jsonPath}.{list.JsonPath}[{segments[position].Position - 1}]" : null;

    public static FieldNode<Holder> Rules(string valueElement, int? maxLength, string? pattern) =>
        Map<Holder>.Field(valueElement, h => h.Value, maxLength, pattern);

    /// <summary>Gives value rules a property to stand on.</summary>
    internal sealed class Holder
    {
        public string? Value { get; set; }
    }
}
