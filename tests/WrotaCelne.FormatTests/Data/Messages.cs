using System.Text;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.FormatTests.Data;

/// <summary>Requests, inbound messages and plugins configured for the tests.</summary>
internal static class Messages
{
    public static readonly DateTimeOffset PreparedAt = new(2026, 6, 1, 8, 30, 0, TimeSpan.Zero);

    public static MessageHeader Header() => new("PL526104082800000", "NTA.PL", "MSG-0001", PreparedAt);

    public static OutboundRequest Request(string messageType, CustomsDeclaration declaration) => new(messageType, declaration, Header());

    public static InboundMessage Inbound(string xml) => new(Encoding.UTF8.GetBytes(xml));

    public static InboundMessage Inbound(byte[] content) => new(content);

    /// <summary>A plugin configured with a schema folder that does not exist (what most installs have).</summary>
    public static T Configured<T>()
        where T : IMessageFormatPlugin, new()
    {
        var plugin = new T();
        plugin.Configure(new FormatPluginContext(Path.Combine(Path.GetTempPath(), "wrotacelne-no-schemas-" + Guid.NewGuid().ToString("N"))));
        return plugin;
    }

    /// <summary>Replaces the NCTS namespace of <c>HostileXml</c> by <paramref name="ns"/>, so the reader gets past the root check.</summary>
    public static byte[] InNamespace(byte[] content, string ns) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace(Xml.HostileXml.Namespace, ns, StringComparison.Ordinal));
}
