using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>Reading a message back: which elements the mapping took, and what it could not use.</summary>
internal sealed class ReadContext(string messageType)
{
    private readonly HashSet<XElement> _taken = [];
    private readonly List<FormatProblem> _unmapped = [];

    public string MessageType { get; } = messageType;

    /// <summary>The first child called <paramref name="name"/> not taken yet, now taken; null when there is none.</summary>
    public XElement? Take(XElement parent, string name)
    {
        var child = parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && !_taken.Contains(e));
        if (child is not null)
        {
            _taken.Add(child);
        }

        return child;
    }

    /// <summary>Every child called <paramref name="name"/> not taken yet, now taken.</summary>
    public IReadOnlyList<XElement> TakeAll(XElement parent, string name)
    {
        var children = parent.Elements().Where(e => e.Name.LocalName == name && !_taken.Contains(e)).ToList();
        _taken.UnionWith(children);
        return children;
    }

    public void Unreadable(XElement element, string reason) =>
        _unmapped.Add(new FormatProblem(FormatProblemCodes.Unmapped, reason, ElementPath.Of(element)));

    /// <summary>Every element of <paramref name="root"/> the mapping did not take (a whole subtree once), plus what it could not read.</summary>
    public IReadOnlyList<FormatProblem> Unmapped(XElement root)
    {
        var problems = new List<FormatProblem>(_unmapped);
        Collect(root, problems);
        return problems;
    }

    private static readonly XNamespace SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    private void Collect(XElement element, List<FormatProblem> problems)
    {
        // The mapping reads elements only, so every attribute is unmapped, except namespace declarations and the
        // schema-instance hints (xsi:schemaLocation) other programs put on their files.
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != SchemaInstance))
        {
            problems.Add(new FormatProblem(FormatProblemCodes.Unmapped, $"{MessageType}: attribute {attribute.Name.LocalName} of {element.Name.LocalName} has no place in the canonical declaration.", $"{ElementPath.Of(element)}/@{attribute.Name.LocalName}"));
        }

        foreach (var child in element.Elements())
        {
            if (_taken.Contains(child))
            {
                Collect(child, problems);
            }
            else
            {
                problems.Add(new FormatProblem(FormatProblemCodes.Unmapped, $"{MessageType}: {child.Name.LocalName} has no place in the canonical declaration.", ElementPath.Of(child)));
            }
        }
    }
}
