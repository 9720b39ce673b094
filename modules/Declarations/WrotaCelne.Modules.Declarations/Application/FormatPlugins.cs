using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Plugins;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>
/// The module's door to the format plugins: finds the plugin for a message by its root element and namespace, and
/// guards every call, so a failing plugin is an error value like any other.
/// </summary>
internal sealed class FormatPlugins(IActivePlugins plugins, ILogger<FormatPlugins> logger)
{
    public const string PluginFailed = "plugin.failed";

    public PluginOutcome<ImportedDeclaration> Import(ReadOnlyMemory<byte> content, string? fileName)
    {
        var root = SafeXml.PeekRoot(content);
        if (!root.Succeeded)
        {
            return new PluginOutcome<ImportedDeclaration>(null, FormatResult.Failure<ImportedDeclaration>(root.Errors, null));
        }

        var name = root.Value!;
        var plugin = plugins.Active<IMessageFormatPlugin>().FirstOrDefault(p => Reads(p, name.LocalName, name.NamespaceName));
        if (plugin is null)
        {
            return new PluginOutcome<ImportedDeclaration>(null, FormatResult.Failure<ImportedDeclaration>(FormatProblem.NotSupported(
                $"No installed format plugin reads {name.LocalName} declarations (namespace '{name.NamespaceName}').")));
        }

        return new PluginOutcome<ImportedDeclaration>(plugin.Id, Guard(plugin, "Import", () => plugin.Import(new InboundMessage(content, fileName))));
    }

    /// <summary>Reads an answer of the administration with the plugin whose inbound message types and namespace match its root.</summary>
    public PluginOutcome<InboundNotification> Parse(ReadOnlyMemory<byte> content, string? fileName)
    {
        var root = SafeXml.PeekRoot(content);
        if (!root.Succeeded)
        {
            return new PluginOutcome<InboundNotification>(null, FormatResult.Failure<InboundNotification>(root.Errors, null));
        }

        var name = root.Value!;
        var plugin = plugins.Active<IMessageFormatPlugin>().FirstOrDefault(p => Answers(p, name.LocalName, name.NamespaceName));
        if (plugin is null)
        {
            return new PluginOutcome<InboundNotification>(null, FormatResult.Failure<InboundNotification>(FormatProblem.NotSupported(
                $"No installed format plugin reads {name.LocalName} messages (namespace '{name.NamespaceName}').")));
        }

        return new PluginOutcome<InboundNotification>(plugin.Id, Guard(plugin, "Parse", () => plugin.Parse(new InboundMessage(content, fileName))));
    }

    private bool Answers(IMessageFormatPlugin plugin, string messageType, string ns)
    {
        var descriptor = Guard(plugin, "Describe", () => FormatResult.Success(plugin.Describe())).Value;
        return descriptor is not null
               && descriptor.InboundMessageTypes.Contains(messageType, StringComparer.Ordinal)
               && (descriptor.MessageNamespace is null || string.Equals(descriptor.MessageNamespace, ns, StringComparison.Ordinal));
    }

    /// <summary>Makes an outbound message with the plugin that writes <paramref name="request"/>'s message type for the declaration's family.</summary>
    public PluginOutcome<OutboundMessage> Serialize(OutboundRequest request)
    {
        var plugin = plugins.Active<IMessageFormatPlugin>().FirstOrDefault(p => Writes(p, request.Declaration.Family, request.MessageType));
        if (plugin is null)
        {
            return new PluginOutcome<OutboundMessage>(null, FormatResult.Failure<OutboundMessage>(FormatProblem.NotSupported(
                $"No installed format plugin writes {request.MessageType} for {request.Declaration.Family} declarations.")));
        }

        return new PluginOutcome<OutboundMessage>(plugin.Id, Guard(plugin, "Serialize", () => plugin.Serialize(request)));
    }

    private bool Writes(IMessageFormatPlugin plugin, DeclarationFamily family, string messageType)
    {
        var descriptor = Guard(plugin, "Describe", () => FormatResult.Success(plugin.Describe())).Value;
        return descriptor is not null && descriptor.Families.Contains(family) && descriptor.OutboundMessageTypes.Contains(messageType, StringComparer.Ordinal);
    }

    private static bool Reads(IMessageFormatPlugin plugin, string messageType, string ns)
    {
        var descriptor = plugin.Describe();
        return descriptor.ImportableMessageTypes.Contains(messageType, StringComparer.Ordinal)
               && (descriptor.MessageNamespace is null || string.Equals(descriptor.MessageNamespace, ns, StringComparison.Ordinal));
    }

    private FormatResult<T> Guard<T>(IPlugin plugin, string operation, Func<FormatResult<T>> call)
        where T : class
    {
        try
        {
            return call() ?? FormatResult.Failure<T>(new FormatProblem(PluginFailed, $"{plugin.Id} returned nothing from {operation}."));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The SDK asks plugins for error values; a plugin that throws anyway must not take the request down with it.
            logger.LogError(e, "Format plugin {PluginId} failed in {Operation}", plugin.Id, operation);
            return FormatResult.Failure<T>(new FormatProblem(PluginFailed, $"{plugin.Id} failed: {e.GetType().Name}."));
        }
    }
}

/// <summary>Which plugin answered (null when none could) and its result.</summary>
internal sealed record PluginOutcome<T>(string? PluginId, FormatResult<T> Result)
    where T : class;
