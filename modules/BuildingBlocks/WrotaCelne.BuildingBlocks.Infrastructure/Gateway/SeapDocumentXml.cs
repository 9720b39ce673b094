using System.Xml.Linq;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>Writes and reads the <c>document</c> element of WS_CHANNEL.xsd (element order as the schema's sequence).</summary>
public static class SeapDocumentXml
{
    private static readonly XNamespace C = SeapNames.Channel;

    public static XElement Write(SeapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new XElement(
            C + "document",
            Content(document.Content),
            Optional("dispatchId", document.DispatchId),
            Optional("caseId", document.CaseId),
            Optional("personSISC", document.PersonSisc),
            Optional("middleSISC", document.MiddleSisc),
            Optional("endSISC", document.EndSisc),
            document.Attachment is null ? null : new XElement(C + "attachments", Content(document.Attachment)),
            new XElement(C + "targetSystems", document.TargetSystems.Select(s => new XElement(C + "system", s))));
    }

    /// <summary>Reads a <c>document</c>; null with a reason when it is not one (bad Base64, no content, no mime).</summary>
    public static SeapDocument? Read(XElement element, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(element);
        problem = null;
        if (element.Name != C + "document")
        {
            problem = $"Expected {C + "document"}, found {element.Name}.";
            return null;
        }

        var content = ReadContent(element.Element(C + "content"), out problem);
        if (content is null)
        {
            return null;
        }

        var attachments = element.Element(C + "attachments")?.Elements(C + "content").ToList() ?? [];
        SeapContent? attachment = null;
        if (attachments.Count > 1)
        {
            problem = $"The document carries {attachments.Count} attachments; one is accepted.";
            return null;
        }

        if (attachments.Count == 1 && (attachment = ReadContent(attachments[0], out problem)) is null)
        {
            return null;
        }

        return new SeapDocument(content, element.Element(C + "targetSystems")?.Elements(C + "system").Select(s => s.Value.Trim()).ToList() ?? [])
        {
            Attachment = attachment,
            DispatchId = element.Element(C + "dispatchId")?.Value,
            CaseId = element.Element(C + "caseId")?.Value,
            PersonSisc = element.Element(C + "personSISC")?.Value,
            MiddleSisc = element.Element(C + "middleSISC")?.Value,
            EndSisc = element.Element(C + "endSISC")?.Value,
        };
    }

    private static XElement Content(SeapContent content) => new(
        C + "content",
        content.FileName is null ? null : new XAttribute("filename", content.FileName),
        new XAttribute("mime", content.Mime),
        Convert.ToBase64String(content.Data));

    private static XElement? Optional(string name, string? value) => value is null ? null : new XElement(C + name, value);

    private static SeapContent? ReadContent(XElement? element, out string? problem)
    {
        problem = null;
        if (element is null)
        {
            problem = "The document has no content.";
            return null;
        }

        var mime = (string?)element.Attribute("mime");
        if (string.IsNullOrEmpty(mime))
        {
            problem = "The content has no mime attribute.";
            return null;
        }

        try
        {
            return new SeapContent(Convert.FromBase64String(element.Value), (string?)element.Attribute("filename"), mime);
        }
        catch (FormatException)
        {
            problem = "The content is not Base64.";
            return null;
        }
    }
}
