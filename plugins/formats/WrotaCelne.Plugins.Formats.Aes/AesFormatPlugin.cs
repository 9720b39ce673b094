using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Plugins.Formats.Aes;

/// <summary>AES messages for export declarations.</summary>
public sealed class AesFormatPlugin : IMessageFormatPlugin
{
    public string Id => "wrotacelne.format.aes";

    public string DisplayName => "AES (eksport / export)";

    public MessageFormatDescriptor Describe() => new("AES", [DeclarationFamily.Export], [], []);
}
