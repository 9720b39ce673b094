using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;
using WrotaCelne.Plugins.Formats.Ncts.Declaration;
using WrotaCelne.Plugins.Formats.Ncts.Invalidation;
using WrotaCelne.Plugins.Formats.Ncts.Schemas;

namespace WrotaCelne.Plugins.Formats.Ncts.Xml;

/// <summary>Builds the outbound message, validates it against the embedded schema and writes it as UTF-8.</summary>
internal static partial class OutboundSerializer
{
    private const int MaxCachedBuffer = 4 * 1024 * 1024;

    // One growing buffer per thread: a 200-item CC015C is ~150 KB, and regrowing a fresh stream for every message
    // would put several large-object-heap arrays (and gen-2 collections) on each call.
    [ThreadStatic]
    private static MemoryStream? cachedBuffer;

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        OmitXmlDeclaration = false,
    };

    public static FormatResult<OutboundMessage> Serialize(OutboundRequest request)
    {
        var mapped = request.MessageType switch
        {
            NctsMessages.Declaration or NctsMessages.Amendment => DeclarationWriter.Write(request.Declaration, request.MessageType, request.Header),
            NctsMessages.Invalidation => Cc014cWriter.Write(request.Declaration, request.Header, request.InvalidationReason),
            _ => null,
        };

        if (mapped is null)
        {
            return FormatResult.Failure<OutboundMessage>(FormatProblem.NotSupported($"{request.MessageType} is not a message this plugin writes."));
        }

        if (mapped.Errors.Count > 0)
        {
            return FormatResult.Failure<OutboundMessage>(mapped.Errors, mapped.Warnings);
        }

        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), mapped.Root);
        var schemaErrors = SafeXml.Validate(document, NctsSchemas.Set);
        if (schemaErrors.Count > 0)
        {
            return FormatResult.Failure<OutboundMessage>(schemaErrors, mapped.Warnings);
        }

        var buffer = cachedBuffer ??= new MemoryStream(64 * 1024);
        buffer.SetLength(0);
        try
        {
            using var writer = XmlWriter.Create(buffer, WriterSettings);
            document.Save(writer);
        }
        catch (ArgumentException e)
        {
            // XmlWriter refuses control characters no XML document may hold; the schema check cannot see them.
            return FormatResult.Failure<OutboundMessage>(
                [new FormatProblem(FormatProblemCodes.SchemaInvalid, $"The declaration holds a character XML cannot carry: {e.Message}")],
                mapped.Warnings);
        }

        var content = buffer.ToArray();
        if (buffer.Capacity > MaxCachedBuffer)
        {
            cachedBuffer = null;
        }

        var lrn = request.Declaration.Lrn ?? request.Declaration.Mrn ?? request.Header.MessageIdentification;
        var fileName = $"{request.MessageType}_{UnsafeFileNameCharacters().Replace(lrn, "_")}.xml";
        return FormatResult.Success(new OutboundMessage(request.MessageType, NctsMessages.TargetSystem, fileName, content), mapped.Warnings);
    }

    [GeneratedRegex("[^A-Za-z0-9._-]", RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeFileNameCharacters();
}
