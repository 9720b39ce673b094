using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;
using WrotaCelne.Plugins.Formats.Ncts.Schemas;

namespace WrotaCelne.Plugins.Formats.Ncts.Xml;

/// <summary>
/// Reads inbound content through <see cref="SafeXml"/> (no DTD, limits, namespace and root checked) and then checks it
/// against the embedded schema. Schema findings are returned as warnings: an answer of the administration is read for
/// what it says even when it strays from the schema version this plugin embeds.
/// </summary>
internal static class InboundLoader
{
    public static (XElement? Root, IReadOnlyList<FormatProblem> Errors, IReadOnlyList<FormatProblem> SchemaFindings) Load(
        InboundMessage message,
        IReadOnlyCollection<string> expectedRoots)
    {
        var loaded = SafeXml.Load(message.Content, expectedNamespace: NctsMessages.NamespaceUri);
        if (!loaded.Succeeded || loaded.Value?.Root is not { } root)
        {
            return (null, loaded.Errors.Count > 0 ? loaded.Errors : [new FormatProblem(FormatProblemCodes.Malformed, "The content has no root element.")], []);
        }

        // A well-formed NCTS message of another type is not ours to read here.
        if (!expectedRoots.Contains(root.Name.LocalName))
        {
            return (null, [FormatProblem.NotSupported($"{root.Name.LocalName} is not one of {string.Join(", ", expectedRoots)}.")], []);
        }

        return (root, [], SafeXml.Validate(loaded.Value, NctsSchemas.Set));
    }
}
