using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ncts.Answers;
using WrotaCelne.Plugins.Formats.Ncts.Declaration;
using WrotaCelne.Plugins.Formats.Ncts.Xml;

namespace WrotaCelne.Plugins.Formats.Ncts;

/// <summary>
/// NCTS Phase 5 transit messages for the Polish NCTS2 system: writes CC015C, CC013C and CC014C from a canonical
/// declaration, reads the administration's answers into notifications and imports CC015C/CC013C files. Every
/// message written is validated against the official schemas embedded in the plugin. Nothing throws out of it.
/// </summary>
public sealed class NctsFormatPlugin : IMessageFormatPlugin
{
    public string Id => "wrotacelne.format.ncts-p5";

    public string DisplayName => "NCTS Phase 5 (tranzyt / transit)";

    public MessageFormatDescriptor Describe() =>
        new(NctsMessages.TargetSystem, [DeclarationFamily.Transit], NctsMessages.Outbound, NctsMessages.Inbound)
        {
            ImportableMessageTypes = NctsMessages.Importable,
            MessageNamespace = NctsMessages.NamespaceUri,
        };

    // The official schemas travel inside the plugin, so the operator's schema folder is not needed.
    public void Configure(FormatPluginContext context)
    {
    }

    public FormatResult<OutboundMessage> Serialize(OutboundRequest request) =>
        Guard(() => request?.Declaration is null || request.Header is null
            ? FormatResult.Failure<OutboundMessage>(new FormatProblem(FormatProblemCodes.MissingData, "The request has no declaration or no header."))
            : OutboundSerializer.Serialize(request));

    public FormatResult<InboundNotification> Parse(InboundMessage message) => Guard(() =>
    {
        var (root, errors, findings) = InboundLoader.Load(message, [.. NctsMessages.Inbound]);
        return root is null ? FormatResult.Failure<InboundNotification>([.. errors], null) : AnswerReader.Read(root, findings);
    });

    public FormatResult<ImportedDeclaration> Import(InboundMessage message) => Guard(() =>
    {
        var (root, errors, findings) = InboundLoader.Load(message, [.. NctsMessages.Importable]);
        return root is null
            ? FormatResult.Failure<ImportedDeclaration>([.. errors], null)
            : FormatResult.Success(DeclarationReader.Read(root), findings);
    });

    private static FormatResult<T> Guard<T>(Func<FormatResult<T>> operation)
        where T : class
    {
        try
        {
            return operation();
        }
#pragma warning disable CA1031 // The plugin boundary: whatever goes wrong inside becomes an error value.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return FormatResult.Failure<T>(new FormatProblem("format.internal-error", $"The NCTS plugin failed: {e.GetType().Name}: {e.Message}"));
        }
    }
}
