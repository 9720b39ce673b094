using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Ncts.Xml;

/// <summary>A message built from a declaration, with what was missing (errors) and what could not be sent (warnings).</summary>
internal sealed record MappedMessage(XElement Root, IReadOnlyList<FormatProblem> Errors, IReadOnlyList<FormatProblem> Warnings);
