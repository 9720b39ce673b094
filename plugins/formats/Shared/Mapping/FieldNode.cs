using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>An element holding one value of the canonical object (text, number, flag or date).</summary>
internal sealed class FieldNode<T>(string element, PropertyChain property) : MapNode<T>(element)
    where T : class
{
    public int? MaxLength { get; set; }

    /// <summary>A whole-value pattern from the data model (anchored when applied).</summary>
    public Regex? Pattern { get; set; }

    /// <summary>A check beyond the pattern (e.g. the MRN check digit), with what it checks for the message.</summary>
    public (Func<string, bool> IsValid, string What)? Check { get; set; }

    public override void Write(T source, XElement parent, WriteContext context, string jsonPath)
    {
        var path = $"{jsonPath}.{property.JsonPath}";
        var text = TextValue.Write(property.Get(source));
        if (text is null)
        {
            if (IsRequired)
            {
                context.Missing(path, Element);
            }

            return;
        }

        if (Validate(text, path, context))
        {
            parent.Add(new XElement(Element, text));
        }
    }

    public override void Read(XElement parent, T target, ReadContext context)
    {
        var element = context.Take(parent, Element);
        if (element is null)
        {
            return;
        }

        // An empty element says nothing; the canonical declaration keeps no value rather than an empty one.
        if (!element.HasElements && string.IsNullOrWhiteSpace(element.Value))
        {
            return;
        }

        if (element.HasElements || !TextValue.TryRead(element.Value, property.ValueType, out var value))
        {
            context.Unreadable(element, $"{Element} holds \"{Shorten(element.Value)}\", which is not a {Describe(property.ValueType)}.");
            return;
        }

        property.Set(target, value);
    }

    public override string? Locate(IReadOnlyList<PointerSegment> segments, int position, string jsonPath) =>
        position == segments.Count - 1 && segments[position].Name == Element ? $"{jsonPath}.{property.JsonPath}" : null;

    internal bool Validate(string text, string path, WriteContext context)
    {
        var valid = true;
        if (MaxLength is { } max && text.Length > max)
        {
            context.Invalid(path, $"{Element} is at most {max} characters long in {context.MessageType}; the value at {path} has {text.Length}.");
            valid = false;
        }

        if (Pattern is not null && !Pattern.IsMatch(text))
        {
            context.Invalid(path, $"{Element} in {context.MessageType} must match {Pattern}; \"{Shorten(text)}\" at {path} does not.");
            valid = false;
        }

        if (Check is { } check && !check.IsValid(text))
        {
            context.Invalid(path, $"\"{Shorten(text)}\" at {path} is not {check.What}.");
            valid = false;
        }

        if (!XmlText.IsValid(text))
        {
            context.Invalid(path, $"The value at {path} holds characters XML cannot carry (control characters).");
            valid = false;
        }

        return valid;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private static string Describe(Type type) => (Nullable.GetUnderlyingType(type) ?? type).Name switch
    {
        nameof(Decimal) => "decimal number",
        nameof(Int32) => "whole number",
        nameof(Boolean) => "flag (1 or 0)",
        nameof(DateOnly) => "date (yyyy-MM-dd)",
        _ => "text",
    };
}
