using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Plugins.Formats.Ncts;

/// <summary>
/// NCTS Phase 5 transit messages (CC015C and its answers) for the Polish NCTS2 system. Message types
/// appear in the descriptor as their mappings are implemented.
/// </summary>
public sealed class NctsFormatPlugin : IMessageFormatPlugin
{
    public string Id => "wrotacelne.format.ncts-p5";

    public string DisplayName => "NCTS Phase 5 (tranzyt / transit)";

    public MessageFormatDescriptor Describe() => new("NCTS2", [DeclarationFamily.Transit], [], []);
}
