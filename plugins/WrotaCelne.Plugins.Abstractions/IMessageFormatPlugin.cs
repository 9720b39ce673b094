namespace WrotaCelne.Plugins.Abstractions;

/// <summary>
/// A message-format plugin turns canonical declarations into the administration's messages and the
/// administration's answers back into canonical notifications. Errors are returned as values; a
/// plugin never lets an exception cross this boundary on purpose (the host still guards every call).
/// </summary>
public interface IMessageFormatPlugin : IPlugin
{
    /// <summary>What the plugin handles: families, outbound and inbound message types.</summary>
    MessageFormatDescriptor Describe();
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
    IReadOnlyList<string> InboundMessageTypes);
