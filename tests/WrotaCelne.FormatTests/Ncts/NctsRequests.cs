using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ncts;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>The plugin under test and the requests the tests send it.</summary>
internal static class NctsRequests
{
    public static readonly NctsFormatPlugin Plugin = new();

    public static readonly DateTimeOffset PreparedAt = new(2026, 6, 1, 8, 30, 15, TimeSpan.Zero);

    public static MessageHeader Header(string id = "WC-MSG-0001") =>
        new("PL526104082800000", "NTA.PL", id, PreparedAt) { CorrelationIdentifier = "WC-CORR-0001" };

    public static OutboundRequest Request(string messageType, CustomsDeclaration declaration, string id = "WC-MSG-0001") =>
        new(messageType, declaration, Header(id));

    public static InboundMessage Inbound(byte[] content, string? fileName = null) => new(content, fileName);
}
