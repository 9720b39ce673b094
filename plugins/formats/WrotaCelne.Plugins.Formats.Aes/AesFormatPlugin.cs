using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Aes;

/// <summary>AES messages for export declarations: CC515C, CC513C, CC514C out; the AES answers in. The mapping is <see cref="AesMessageMap"/>.</summary>
public sealed class AesFormatPlugin : IMessageFormatPlugin
{
    private readonly FormatEngine _engine = new(AesMessageMap.Definition);

    public string Id => "wrotacelne.format.aes";

    public string DisplayName => "AES (eksport / export)";

    public MessageFormatDescriptor Describe() => _engine.Describe();

    public void Configure(FormatPluginContext context) => _engine.Configure(context);

    public FormatResult<OutboundMessage> Serialize(OutboundRequest request) => _engine.Serialize(request);

    public FormatResult<InboundNotification> Parse(InboundMessage message) => _engine.Parse(message);

    public FormatResult<ImportedDeclaration> Import(InboundMessage message) => _engine.Import(message);
}
