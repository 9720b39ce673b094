using System.Xml.Linq;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>An accepted document as the answer builders see it: its sysRef, who sent it, when, and the business message read from it.</summary>
internal sealed record Submission(string SysRef, string Login, DateTimeOffset ReceivedAt, SeapDocument Document, BusinessMessage? Message);

/// <summary>The business XML (signature removed), its root name and the header values answers correlate by.</summary>
internal sealed record BusinessMessage(XDocument Xml, string Type, string? Lrn, string? MessageIdentification)
{
    public static BusinessMessage Of(XDocument xml)
    {
        var root = xml.Root!;
        var lrn = root.Elements().FirstOrDefault(e => e.Name.LocalName is "TransitOperation" or "ExportOperation" or "ImportOperation")?.Element("LRN")?.Value
                  ?? root.Descendants().FirstOrDefault(e => e.Name.LocalName == "LRN")?.Value;
        return new BusinessMessage(xml, root.Name.LocalName, lrn, root.Element("messageIdentification")?.Value);
    }
}
