using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Ncts.Xml;

/// <summary>The root element and the MESSAGE header group every NCTS message starts with.</summary>
internal static class MessageEnvelope
{
    public const string MessageSender = "messageSender";
    public const string MessageRecipient = "messageRecipient";
    public const string PreparationDateAndTime = "preparationDateAndTime";
    public const string MessageIdentification = "messageIdentification";
    public const string MessageType = "messageType";
    public const string CorrelationIdentifier = "correlationIdentifier";
    public const string PhaseIdAttribute = "PhaseID";

    public static readonly IReadOnlyList<string> HeaderElements =
        [MessageSender, MessageRecipient, PreparationDateAndTime, MessageIdentification, MessageType, CorrelationIdentifier];

    public static XElement Create(string messageType, MessageHeader header) => new(
        NctsMessages.Namespace + messageType,
        new XAttribute(XNamespace.Xmlns + "ncts", NctsMessages.NamespaceUri),
        new XAttribute(PhaseIdAttribute, NctsMessages.PhaseId),
        new XElement(MessageSender, header.Sender),
        new XElement(MessageRecipient, header.Recipient),
        new XElement(PreparationDateAndTime, NctsTime.Write(header.PreparedAt)),
        new XElement(MessageIdentification, header.MessageIdentification),
        new XElement(MessageType, messageType),
        NctsValues.Clean(header.CorrelationIdentifier) is { } correlation ? new XElement(CorrelationIdentifier, correlation) : null);
}
