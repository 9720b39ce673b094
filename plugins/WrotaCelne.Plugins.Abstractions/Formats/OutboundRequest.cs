using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>What to serialize: which message, from which declaration, with which header.</summary>
/// <param name="MessageType">An outbound type from the descriptor, e.g. <c>CC015C</c>, <c>CC013C</c>, <c>CC014C</c>.</param>
/// <param name="Declaration">The canonical declaration (amendments and invalidations need its MRN).</param>
/// <param name="Header">The message header.</param>
public sealed record OutboundRequest(string MessageType, CustomsDeclaration Declaration, MessageHeader Header)
{
    /// <summary>Invalidation requests (<c>CC014C</c>, <c>CC514C</c>): why the declaration is to be invalidated.</summary>
    public string? InvalidationReason { get; init; }
}

/// <summary>The header every message carries.</summary>
/// <param name="Sender">Message sender, e.g. the declarant's EORI (up to 35 characters).</param>
/// <param name="Recipient">Message recipient, e.g. <c>NTA.PL</c> (up to 35 characters).</param>
/// <param name="MessageIdentification">Unique id of this message (up to 35 characters).</param>
/// <param name="PreparedAt">When the message was prepared.</param>
public sealed record MessageHeader(string Sender, string Recipient, string MessageIdentification, DateTimeOffset PreparedAt)
{
    /// <summary>The message this one answers or follows, if any.</summary>
    public string? CorrelationIdentifier { get; init; }
}

/// <summary>A serialized message, ready to be signed and sent.</summary>
/// <param name="MessageType">e.g. <c>CC015C</c>.</param>
/// <param name="TargetSystem">Gateway target system, e.g. <c>NCTS2</c>.</param>
/// <param name="FileName">File name to send it under, e.g. <c>CC015C_LRN123.xml</c>.</param>
/// <param name="Content">UTF-8 XML.</param>
public sealed record OutboundMessage(string MessageType, string TargetSystem, string FileName, byte[] Content);
