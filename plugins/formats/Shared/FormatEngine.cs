using System.Text;
using System.Xml;
using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;
using WrotaCelne.Plugins.Formats.Answers;
using WrotaCelne.Plugins.Formats.Mapping;
using WrotaCelne.Plugins.Formats.Schemas;

namespace WrotaCelne.Plugins.Formats;

/// <summary>
/// Serialize, parse and import for one <see cref="FormatDefinition"/>. Every entry point returns problems as values:
/// an exception from inside is turned into <see cref="MappingProblemCodes.Internal"/> rather than crossing the plugin boundary.
/// </summary>
internal sealed class FormatEngine(FormatDefinition definition)
{
    /// <summary>Request values a mapping can take (see <see cref="RequestFieldNode{T}"/>).</summary>
    public const string InvalidationReason = "invalidationReason";
    public const string RequestedAt = "requestedAt";

    private InstalledSchemas _schemas = InstalledSchemas.NotConfigured;

    public MessageFormatDescriptor Describe() => new(
        definition.TargetSystem,
        [definition.Family],
        definition.Outbound.Select(o => o.MessageType).ToList(),
        definition.Answers.Select(a => a.MessageType).ToList())
    {
        ImportableMessageTypes = definition.Outbound.Where(o => o.CarriesDeclaration).Select(o => o.MessageType).ToList(),
        MessageNamespace = definition.Namespace.NamespaceName,
    };

    public void Configure(FormatPluginContext context)
    {
        if (string.IsNullOrWhiteSpace(context?.SchemaDirectory))
        {
            _schemas = InstalledSchemas.NotConfigured;
            return;
        }

        // Whatever goes wrong here is kept as the broken state every later call reports; the host never sees an exception.
        try
        {
            _schemas = InstalledSchemas.Load(context.SchemaDirectory);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _schemas = InstalledSchemas.BrokenAt(context.SchemaDirectory, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public FormatResult<OutboundMessage> Serialize(OutboundRequest request) => Guard(() => SerializeCore(request));

    public FormatResult<InboundNotification> Parse(InboundMessage message) => Guard(() => ParseCore(message));

    public FormatResult<ImportedDeclaration> Import(InboundMessage message) => Guard(() => ImportCore(message));

    private FormatResult<OutboundMessage> SerializeCore(OutboundRequest request)
    {
        if (_schemas.Broken is { } broken)
        {
            return FormatResult.Failure<OutboundMessage>(broken);
        }

        var map = definition.Outbound.FirstOrDefault(o => o.MessageType == request.MessageType);
        if (map is null)
        {
            return FormatResult.Failure<OutboundMessage>(FormatProblem.NotSupported(
                $"{definition.TargetSystem} messages are {string.Join(", ", definition.Outbound.Select(o => o.MessageType))}; {request.MessageType} is not one of them."));
        }

        var declaration = request.Declaration;
        if (declaration.Family != definition.Family)
        {
            return FormatResult.Failure<OutboundMessage>(new FormatProblem(
                MappingProblemCodes.WrongFamily, $"{map.MessageType} carries {definition.Family} declarations; this one is {declaration.Family}.", "$.family"));
        }

        var context = new WriteContext(map.MessageType);
        context.RequestValues[InvalidationReason] = request.InvalidationReason;
        context.RequestValues[RequestedAt] = AdministrationTime.Write(request.Header.PreparedAt);
        var root = new XElement(definition.Namespace + map.MessageType, new XAttribute(XNamespace.Xmlns + definition.Prefix, definition.Namespace));
        HeaderMap.Write(root, request.Header, map.MessageType);
        foreach (var node in map.Body.Where(n => n.AppliesTo(map.MessageType)))
        {
            node.Write(declaration, root, context, "$");
        }

        var errors = new List<FormatProblem>(HeaderMap.Check(request.Header, map.MessageType));
        errors.AddRange(context.Errors);
        var warnings = new List<FormatProblem>();
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        if (map.CarriesDeclaration && errors.Count == 0)
        {
            warnings.AddRange(CanonicalDiff.NotCarried(declaration, ReadDeclaration(root, map, new ReadContext(map.MessageType)), map.MessageType));
        }

        // With mapping errors the document is incomplete; the schema would only repeat them in its own words.
        var (violations, absent) = errors.Count == 0 ? _schemas.Check(document) : ([], _schemas.AbsentFor(root.Name));
        errors.AddRange(violations);
        if (absent is not null)
        {
            warnings.Insert(0, absent);
        }

        if (errors.Count > 0)
        {
            return FormatResult.Failure<OutboundMessage>(errors, warnings);
        }

        var reference = map.CarriesDeclaration ? declaration.Lrn : declaration.Mrn ?? declaration.Lrn;
        var message = new OutboundMessage(map.MessageType, definition.TargetSystem, FileNames.For(map.MessageType, reference), ToUtf8(document));
        return FormatResult.Success(message, warnings);
    }

    private FormatResult<InboundNotification> ParseCore(InboundMessage message)
    {
        if (_schemas.Broken is { } broken)
        {
            return FormatResult.Failure<InboundNotification>(broken);
        }

        var loaded = SafeXml.Load(message.Content, expectedNamespace: definition.Namespace.NamespaceName, expectedRoots: definition.Answers.Select(a => a.MessageType).ToList());
        if (!loaded.Succeeded)
        {
            return FormatResult.Failure<InboundNotification>(loaded.Errors, loaded.Warnings);
        }

        var root = loaded.Value!.Root!;
        var map = definition.Answers.First(a => a.MessageType == root.Name.LocalName);
        return AnswerReader.Read(root, map, Locate, InboundWarnings(loaded.Value));
    }

    private FormatResult<ImportedDeclaration> ImportCore(InboundMessage message)
    {
        if (_schemas.Broken is { } broken)
        {
            return FormatResult.Failure<ImportedDeclaration>(broken);
        }

        var importable = definition.Outbound.Where(o => o.CarriesDeclaration).ToList();
        var loaded = SafeXml.Load(message.Content, expectedNamespace: definition.Namespace.NamespaceName, expectedRoots: importable.Select(o => o.MessageType).ToList());
        if (!loaded.Succeeded)
        {
            return FormatResult.Failure<ImportedDeclaration>(loaded.Errors, loaded.Warnings);
        }

        var root = loaded.Value!.Root!;
        var map = importable.First(o => o.MessageType == root.Name.LocalName);
        var context = new ReadContext(map.MessageType);
        var declaration = ReadDeclaration(root, map, context);
        return FormatResult.Success(new ImportedDeclaration(map.MessageType, declaration, context.Unmapped(root)), InboundWarnings(loaded.Value));
    }

    /// <summary>
    /// Inbound messages are checked against installed schemas as warnings: an answer is the administration's decision
    /// and a file is a draft the user reviews, so a schema mismatch (often only another schema version) must not hide them.
    /// </summary>
    private List<FormatProblem> InboundWarnings(XDocument document)
    {
        var (violations, absent) = _schemas.Check(document);
        var warnings = violations.ToList();
        if (absent is not null)
        {
            warnings.Insert(0, absent);
        }

        return warnings;
    }

    private CustomsDeclaration ReadDeclaration(XElement root, OutboundMap map, ReadContext context)
    {
        var declaration = new CustomsDeclaration { Family = definition.Family };
        HeaderMap.Take(root, context);
        foreach (var node in map.Body.Where(n => n.AppliesTo(map.MessageType)))
        {
            node.Read(root, declaration, context);
        }

        return declaration;
    }

    /// <summary>The canonical JSON path of an element path in one of the declaration messages.</summary>
    private string? Locate(string? pointer)
    {
        var segments = PointerSegment.Parse(pointer);
        if (segments is null || segments.Count < 2)
        {
            return null;
        }

        var map = definition.Outbound.FirstOrDefault(o => o.MessageType == segments[0].Name && o.CarriesDeclaration);
        return map?.Body.Select(n => n.Locate(segments, 1, "$")).FirstOrDefault(p => p is not null);
    }

    private static byte[] ToUtf8(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static FormatResult<T> Guard<T>(Func<FormatResult<T>> operation)
        where T : class
    {
        try
        {
            return operation();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return FormatResult.Failure<T>(new FormatProblem(MappingProblemCodes.Internal, $"The plugin failed: {e.GetType().Name}: {e.Message}"));
        }
    }
}
