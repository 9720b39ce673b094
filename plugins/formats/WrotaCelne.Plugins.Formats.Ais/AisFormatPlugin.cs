using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Ais;

/// <summary>AIS/IMPORT messages for import declarations: ZC415 out; ZC429 (PZC) and PW429 (release) in. The mapping is <see cref="AisMessageMap"/>.</summary>
public sealed class AisFormatPlugin : IMessageFormatPlugin
{
    private readonly FormatEngine _engine = new(AisMessageMap.Definition);

    public string Id => "wrotacelne.format.ais";

    public string DisplayName => "AIS/IMPORT (import)";

    public MessageFormatDescriptor Describe() => _engine.Describe();

    public void Configure(FormatPluginContext context) => _engine.Configure(context);

    public FormatResult<OutboundMessage> Serialize(OutboundRequest request) => _engine.Serialize(request);

    public FormatResult<InboundNotification> Parse(InboundMessage message) => _engine.Parse(message);

    public FormatResult<ImportedDeclaration> Import(InboundMessage message) => _engine.Import(message);
}
