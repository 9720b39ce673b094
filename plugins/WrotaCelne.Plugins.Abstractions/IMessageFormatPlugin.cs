using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Abstractions;

/// <summary>
/// A message-format plugin turns canonical declarations into the administration's messages and the
/// administration's answers back into canonical notifications. Errors are returned as values; a
/// plugin never lets an exception cross this boundary on purpose (the host still guards every call).
/// </summary>
/// <remarks>
/// Members added after SDK 1.0 have default implementations, so a plugin built against an older minor
/// version keeps loading: it simply answers <see cref="FormatProblemCodes.NotSupported"/>.
/// </remarks>
public interface IMessageFormatPlugin : IPlugin
{
    /// <summary>What the plugin handles: families, outbound and inbound message types.</summary>
    MessageFormatDescriptor Describe();

    /// <summary>
    /// Called once by the host after loading, before any other call (SDK 1.2). Tells the plugin where the
    /// operator may install official schemas for it.
    /// </summary>
    void Configure(FormatPluginContext context)
    {
    }

    /// <summary>Builds the outbound message <see cref="OutboundRequest.MessageType"/> from a canonical declaration (SDK 1.2).</summary>
    FormatResult<OutboundMessage> Serialize(OutboundRequest request) =>
        FormatResult.Failure<OutboundMessage>(FormatProblem.NotSupported($"{Id} does not serialize messages."));

    /// <summary>Reads an inbound message (an answer of the administration) into a canonical notification (SDK 1.2).</summary>
    FormatResult<InboundNotification> Parse(InboundMessage message) =>
        FormatResult.Failure<InboundNotification>(FormatProblem.NotSupported($"{Id} does not parse inbound messages."));

    /// <summary>
    /// Reads a declaration message file (for example a CC015C saved by another program) back into a canonical
    /// declaration, reporting whatever could not be mapped (SDK 1.2).
    /// </summary>
    FormatResult<ImportedDeclaration> Import(InboundMessage message) =>
        FormatResult.Failure<ImportedDeclaration>(FormatProblem.NotSupported($"{Id} does not import declarations."));
}

/// <summary>Describes a format plugin's coverage.</summary>
/// <param name="TargetSystem">Gateway target system, e.g. <c>NCTS2</c>, <c>AES</c>, <c>AIS</c>.</param>
/// <param name="Families">Declaration families the plugin serializes.</param>
/// <param name="OutboundMessageTypes">Message types it produces, e.g. <c>CC015C</c>.</param>
/// <param name="InboundMessageTypes">Message types it parses, e.g. <c>CC028C</c>.</param>
public sealed record MessageFormatDescriptor(
    string TargetSystem,
    IReadOnlyList<DeclarationFamily> Families,
    IReadOnlyList<string> OutboundMessageTypes,
    IReadOnlyList<string> InboundMessageTypes)
{
    /// <summary>Declaration message types <see cref="IMessageFormatPlugin.Import"/> reads, e.g. <c>CC015C</c> (SDK 1.2).</summary>
    public IReadOnlyList<string> ImportableMessageTypes { get; init; } = [];

    /// <summary>XML namespace of the plugin's messages, used to route inbound files to it (SDK 1.2).</summary>
    public string? MessageNamespace { get; init; }
}
