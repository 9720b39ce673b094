using System.Text;
using System.Xml.Linq;

namespace WrotaCelne.Plugins.Abstractions.Xml;

/// <summary>
/// Element paths used as problem pointers: <c>/CC015C/Consignment/HouseConsignment/ConsignmentItem[2]/Commodity</c>.
/// Local names only; a position is written when it is not the first sibling of that name.
/// </summary>
public static class ElementPath
{
    /// <summary>The path of <paramref name="element"/> from its root.</summary>
    public static string Of(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var parts = new Stack<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var name = e.Name;
            var position = 1 + e.ElementsBeforeSelf().Count(x => x.Name == name);

            parts.Push(position == 1 ? e.Name.LocalName : $"{e.Name.LocalName}[{position}]");
        }

        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append('/').Append(part);
        }

        return text.ToString();
    }
}
