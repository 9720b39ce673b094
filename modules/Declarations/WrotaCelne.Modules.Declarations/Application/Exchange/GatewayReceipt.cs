using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// The gateway's own receipt of a sent document: UPO (taken by the domain system) or NPP (refused for structure,
/// schema or signature, with errors). PUESC's real UPO/NPP schema is not public; this reads the built-in simulator's
/// format (namespace <see cref="Namespace"/>), kept in this one place so the real one can replace it.
/// </summary>
internal sealed record GatewayReceipt(bool Accepted, string? SysRef, string? Lrn, IReadOnlyList<GatewayReceiptError> Errors)
{
    public const string Namespace = "urn:wrotacelne:gateway-simulator:receipt:v1";

    public static bool IsReceipt(XName root) => root.NamespaceName == Namespace && root.LocalName is "UPO" or "NPP";

    public static GatewayReceipt? Read(ReadOnlyMemory<byte> content)
    {
        var loaded = SafeXml.Load(content, expectedNamespace: Namespace);
        if (!loaded.Succeeded)
        {
            return null;
        }

        XNamespace ns = Namespace;
        var root = loaded.Value!.Root!;
        var errors = root.Elements(ns + "error")
            .Select(e => new GatewayReceiptError((string?)e.Element(ns + "code") ?? "", (string?)e.Element(ns + "text"), (string?)e.Element(ns + "pointer")))
            .ToList();
        return new GatewayReceipt(root.Name.LocalName == "UPO", (string?)root.Element(ns + "sysRef"), (string?)root.Element(ns + "LRN"), errors);
    }
}

internal sealed record GatewayReceiptError(string Code, string? Text, string? Pointer);
