using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.Plugins.Formats.Ncts.Xml;

/// <summary>
/// Reads a message while remembering every element it used, so whatever it did not use can be listed afterwards as
/// unmapped. A value that does not fit (a flag the model cannot hold, a number that does not parse) is simply not
/// marked used and so is listed too.
/// </summary>
internal sealed class ConsumingReader
{
    private readonly HashSet<XElement> used = new(ReferenceEqualityComparer.Instance);

    public XElement? Child(XElement? parent, string name)
    {
        var child = parent?.Element(name);
        if (child is not null)
        {
            used.Add(child);
        }

        return child;
    }

    public IEnumerable<XElement> Children(XElement? parent, string name)
    {
        if (parent is null)
        {
            yield break;
        }

        foreach (var child in parent.Elements(name))
        {
            used.Add(child);
            yield return child;
        }
    }

    /// <summary>The text of a leaf child; null (and not marked used) when absent or empty.</summary>
    public string? Text(XElement? parent, string name)
    {
        var child = parent?.Element(name);
        if (child is null || child.HasElements || child.Value.Length == 0)
        {
            return null;
        }

        used.Add(child);
        return child.Value;
    }

    /// <summary>A leaf child's value converted by <paramref name="parse"/>; left unused when it does not convert.</summary>
    public T? Value<T>(XElement? parent, string name, Func<string, T?> parse)
        where T : struct
    {
        var child = parent?.Element(name);
        if (child is null || child.HasElements || parse(child.Value) is not { } value)
        {
            return null;
        }

        used.Add(child);
        return value;
    }

    /// <summary>Marks a leaf child used only when its value is <paramref name="expected"/> (the value the model implies).</summary>
    public void Expect(XElement? parent, string name, string expected)
    {
        if (parent?.Element(name) is { HasElements: false } child && child.Value == expected)
        {
            used.Add(child);
        }
    }

    /// <summary>Every element not used (the first of each unused branch) and every attribute other than namespace declarations and those allowed.</summary>
    public IReadOnlyList<FormatProblem> Unused(XElement root, IReadOnlyCollection<string> allowedRootAttributes)
    {
        var problems = new List<FormatProblem>();
        Visit(root, isRoot: true);
        return problems;

        void Visit(XElement element, bool isRoot)
        {
            foreach (var attribute in element.Attributes())
            {
                if (!attribute.IsNamespaceDeclaration && !(isRoot && allowedRootAttributes.Contains(attribute.Name.LocalName)))
                {
                    problems.Add(new FormatProblem(
                        FormatProblemCodes.Unmapped,
                        $"Attribute {attribute.Name.LocalName}=\"{attribute.Value}\" has no place in the canonical declaration.",
                        ElementPath.Of(element) + "/@" + attribute.Name.LocalName));
                }
            }

            foreach (var child in element.Elements())
            {
                if (used.Contains(child))
                {
                    Visit(child, isRoot: false);
                }
                else
                {
                    var what = child.HasElements ? child.Name.LocalName : $"{child.Name.LocalName} \"{child.Value}\"";
                    problems.Add(new FormatProblem(FormatProblemCodes.Unmapped, $"{what} has no place in the canonical declaration.", ElementPath.Of(child)));
                }
            }
        }
    }
}
