using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Formats.Answers;
using WrotaCelne.Plugins.Formats.Mapping;

namespace WrotaCelne.Plugins.Formats;

/// <summary>Everything a plugin's messages are: target system, namespace, outbound mappings and inbound answers.</summary>
internal sealed record FormatDefinition(
    string TargetSystem,
    DeclarationFamily Family,
    XNamespace Namespace,
    string Prefix,
    IReadOnlyList<OutboundMap> Outbound,
    IReadOnlyList<AnswerMap> Answers);

/// <summary>An outbound message: its body mapping, and whether it carries the whole declaration (then it can be imported too).</summary>
internal sealed record OutboundMap(string MessageType, IReadOnlyList<MapNode<CustomsDeclaration>> Body, bool CarriesDeclaration);
