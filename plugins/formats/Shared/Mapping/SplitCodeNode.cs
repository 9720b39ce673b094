using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// One canonical code written as a group of fixed-length parts: the commodity code <c>9403601000</c> is
/// harmonized system 940360, combined nomenclature 10 and TARIC 00. Reading joins the parts again.
/// </summary>
internal sealed partial class SplitCodeNode<T>(string element, PropertyChain property, IReadOnlyList<(string Element, int Length)> parts) : MapNode<T>(element)
    where T : class
{
    public override void Write(T source, XElement parent, WriteContext context, string jsonPath)
    {
        var path = $"{jsonPath}.{property.JsonPath}";
        var code = TextValue.Write(property.Get(source));
        if (code is null)
        {
            if (IsRequired)
            {
                context.Missing(path, Element);
            }

            return;
        }

        var lengths = Enumerable.Range(1, parts.Count).Select(n => parts.Take(n).Sum(p => p.Length)).ToList();
        if (!Digits().IsMatch(code) || !lengths.Contains(code.Length))
        {
            context.Invalid(path, $"{Element} in {context.MessageType} has {string.Join(" or ", lengths)} digits; \"{code}\" at {path} does not.");
            return;
        }

        var group = new XElement(Element);
        var at = 0;
        foreach (var (name, length) in parts)
        {
            if (at >= code.Length)
            {
                break;
            }

            group.Add(new XElement(name, code.Substring(at, length)));
            at += length;
        }

        parent.Add(group);
    }

    public override void Read(XElement parent, T target, ReadContext context)
    {
        var group = context.Take(parent, Element);
        if (group is null)
        {
            return;
        }

        var code = string.Empty;
        foreach (var (name, length) in parts)
        {
            var part = context.Take(group, name);
            if (part is null)
            {
                break;
            }

            if (part.Value.Length != length || !Digits().IsMatch(part.Value))
            {
                context.Unreadable(part, $"{name} holds \"{part.Value}\"; {length} digits are expected.");
                return;
            }

            code += part.Value;
        }

        if (code.Length > 0)
        {
            property.Set(target, code);
        }
    }

    public override string? Locate(IReadOnlyList<PointerSegment> segments, int position, string jsonPath) =>
        segments[position].Name == Element ? $"{jsonPath}.{property.JsonPath}" : null;

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
