using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Plugins.Formats.Ais;

/// <summary>AIS messages for import declarations.</summary>
public sealed class AisFormatPlugin : IMessageFormatPlugin
{
    public string Id => "wrotacelne.format.ais";

    public string DisplayName => "AIS/IMPORT (import)";

    public MessageFormatDescriptor Describe() => new("AIS", [DeclarationFamily.Import], [], []);
}
