using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Abstractions.Xml;

/// <summary>
/// The one way plugins and the host read XML that came from outside: no DTD (so no entity expansion and no
/// external entities), no resolver, size and depth limits, optional schema validation with element-path
/// pointers, and the root element checked. Every failure is a <see cref="FormatProblem"/>, never an exception.
/// </summary>
public static class SafeXml
{
    /// <summary>Reader settings that never resolve anything and never expand entities.</summary>
    public static XmlReaderSettings ReaderSettings(XmlLimits? limits = null) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = (limits ?? XmlLimits.Default).MaxBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    /// <summary>The root element's name, read without loading the document (for routing a file to its plugin).</summary>
    public static FormatResult<XName> PeekRoot(ReadOnlyMemory<byte> content, XmlLimits? limits = null)
    {
        limits ??= XmlLimits.Default;
        if (content.Length > limits.MaxBytes)
        {
            return FormatResult.Failure<XName>(TooLarge(content.Length, limits));
        }

        try
        {
            using var reader = XmlReader.Create(Open(content), ReaderSettings(limits));
            return reader.MoveToContent() == XmlNodeType.Element
                ? FormatResult.Success(XName.Get(reader.LocalName, reader.NamespaceURI))
                : FormatResult.Failure<XName>(new FormatProblem(FormatProblemCodes.Malformed, "The content has no root element."));
        }
        catch (XmlException e)
        {
            return FormatResult.Failure<XName>(FromXmlException(e));
        }
    }

    /// <summary>
    /// Loads untrusted XML. When <paramref name="schemas"/> is given the document is validated while it is read and
    /// every schema error is reported with its element path. <paramref name="expectedNamespace"/> (when given) must be
    /// the root element's namespace, and <paramref name="expectedRoots"/> (when given) must hold its local name.
    /// </summary>
    public static FormatResult<XDocument> Load(
        ReadOnlyMemory<byte> content,
        XmlLimits? limits = null,
        XmlSchemaSet? schemas = null,
        string? expectedNamespace = null,
        IReadOnlyCollection<string>? expectedRoots = null)
    {
        limits ??= XmlLimits.Default;
        if (content.Length > limits.MaxBytes)
        {
            return FormatResult.Failure<XDocument>(TooLarge(content.Length, limits));
        }

        var settings = ReaderSettings(limits);
        var schemaErrors = new List<FormatProblem>();
        var builder = new DocumentBuilder(limits.MaxDepth);
        if (schemas is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = schemas;
            settings.ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings;
            settings.ValidationEventHandler += (sender, e) =>
            {
                if (e.Severity == XmlSeverityType.Error && schemaErrors.Count < 100)
                {
                    schemaErrors.Add(new FormatProblem(FormatProblemCodes.SchemaInvalid, e.Message, builder.PointerAt(sender as XmlReader)));
                }
            };
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(Open(content), settings);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return FormatResult.Failure<XDocument>(new FormatProblem(FormatProblemCodes.Malformed, "The content has no root element."));
            }

            var root = XName.Get(reader.LocalName, reader.NamespaceURI);
            if (expectedNamespace is not null && root.NamespaceName != expectedNamespace)
            {
                return FormatResult.Failure<XDocument>(new FormatProblem(
                    FormatProblemCodes.UnexpectedRoot,
                    $"The root element {root.LocalName} is in namespace '{root.NamespaceName}'; expected '{expectedNamespace}'.",
                    "/" + root.LocalName));
            }

            if (expectedRoots is not null && !expectedRoots.Contains(root.LocalName))
            {
                return FormatResult.Failure<XDocument>(new FormatProblem(
                    FormatProblemCodes.UnexpectedRoot,
                    $"The root element is {root.LocalName}; expected one of {string.Join(", ", expectedRoots)}.",
                    "/" + root.LocalName));
            }

            document = builder.Build(reader);
        }
        catch (XmlException e)
        {
            return FormatResult.Failure<XDocument>(FromXmlException(e));
        }
        catch (DepthLimitException e)
        {
            return FormatResult.Failure<XDocument>(new FormatProblem(FormatProblemCodes.TooDeep, $"Elements are nested deeper than {limits.MaxDepth} levels.", e.Pointer));
        }

        return schemaErrors.Count > 0
            ? FormatResult.Failure<XDocument>(schemaErrors, null)
            : FormatResult.Success(document);
    }

    /// <summary>Validates a document built in memory (a message about to be sent) and reports errors with element paths.</summary>
    public static IReadOnlyList<FormatProblem> Validate(XDocument document, XmlSchemaSet schemas)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(schemas);
        var errors = new List<FormatProblem>();
        document.Validate(schemas, (sender, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && errors.Count < 100)
            {
                var element = sender as XElement ?? (sender as XAttribute)?.Parent;
                errors.Add(new FormatProblem(FormatProblemCodes.SchemaInvalid, e.Message, element is null ? null : ElementPath.Of(element)));
            }
        });
        return errors;
    }

    /// <summary>
    /// Compiles schemas whose includes and imports are opened only through <paramref name="open"/> (by file name),
    /// so a schema can never reach the network or the file system beyond what the caller allows.
    /// </summary>
    /// <param name="open">Opens a schema by its file name (the last segment of <c>schemaLocation</c>); null when unknown.</param>
    /// <param name="roots">File names of the schemas to compile (their includes follow).</param>
    /// <exception cref="XmlSchemaException">A schema is broken or refers to one <paramref name="open"/> does not give.</exception>
    public static XmlSchemaSet CompileSchemas(Func<string, Stream?> open, IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(roots);
        var resolver = new NamedStreamResolver(open);
        var set = new XmlSchemaSet { XmlResolver = resolver };

        // An include that cannot be opened is only a warning to XmlSchemaSet; here it is a broken schema set.
        set.ValidationEventHandler += (_, e) => throw new XmlSchemaException($"Schema problem: {e.Message}", e.Exception);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = resolver };
        foreach (var name in roots)
        {
            using var stream = open(name) ?? throw new FileNotFoundException($"Schema {name} is not available.", name);
            using var reader = XmlReader.Create(stream, settings, resolver.BaseUriOf(name));
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    private static FormatProblem TooLarge(long length, XmlLimits limits) =>
        new(FormatProblemCodes.TooLarge, $"The content has {length} bytes; at most {limits.MaxBytes} are accepted.");

    private static FormatProblem FromXmlException(XmlException e)
    {
        if (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return new FormatProblem(FormatProblemCodes.DtdProhibited, $"The content declares a DTD, which is never processed (line {e.LineNumber}).");
        }

        return e.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal)
            ? new FormatProblem(FormatProblemCodes.TooLarge, "The content is larger than the limit.")
            : new FormatProblem(FormatProblemCodes.Malformed, $"The content is not well-formed XML: {e.Message}");
    }

    private sealed class DepthLimitException(string pointer) : Exception
    {
        public string Pointer { get; } = pointer;
    }

    /// <summary>Builds the tree node by node so depth is checked while reading and pointers can name the current element.</summary>
    private sealed class DocumentBuilder(int maxDepth)
    {
        private readonly List<(string Name, Dictionary<string, int> ChildCounts)> _path = [];

        public XDocument Build(XmlReader reader)
        {
            var document = new XDocument();
            XContainer current = document;
            do
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        Enter(reader.LocalName);
                        if (_path.Count > maxDepth)
                        {
                            throw new DepthLimitException(Pointer());
                        }

                        if (reader.MoveToFirstAttribute())
                        {
                            do
                            {
                                var name = reader.NamespaceURI == XNamespace.Xmlns.NamespaceName
                                    ? reader.Prefix.Length == 0 ? XName.Get("xmlns") : XNamespace.Xmlns + reader.LocalName
                                    : XName.Get(reader.LocalName, reader.NamespaceURI);
                                element.Add(new XAttribute(name, reader.Value));
                            }
                            while (reader.MoveToNextAttribute());
                            reader.MoveToElement();
                        }

                        current.Add(element);
                        if (reader.IsEmptyElement)
                        {
                            Leave();
                        }
                        else
                        {
                            current = element;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        Leave();
                        current = current.Parent ?? (XContainer)document;
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.SignificantWhitespace:
                        current.Add(new XText(reader.Value));
                        break;
                }
            }
            while (reader.Read());

            return document;
        }

        public string? PointerAt(XmlReader? reader)
        {
            if (reader is null)
            {
                return Pointer();
            }

            // At a start tag the validator speaks before the builder has entered the element.
            return reader.NodeType == XmlNodeType.Element && reader.Depth == _path.Count
                ? (_path.Count == 0 ? string.Empty : Pointer()) + "/" + NextName(reader.LocalName)
                : Pointer();
        }

        private void Enter(string name)
        {
            var named = _path.Count == 0 ? name : NextName(name);
            if (_path.Count > 0)
            {
                var counts = _path[^1].ChildCounts;
                counts[name] = counts.GetValueOrDefault(name) + 1;
            }

            _path.Add((named, new Dictionary<string, int>(StringComparer.Ordinal)));
        }

        private void Leave()
        {
            if (_path.Count > 0)
            {
                _path.RemoveAt(_path.Count - 1);
            }
        }

        private string NextName(string name)
        {
            if (_path.Count == 0)
            {
                return name;
            }

            var position = _path[^1].ChildCounts.GetValueOrDefault(name) + 1;
            return position == 1 ? name : $"{name}[{position}]";
        }

        private string Pointer() => _path.Count == 0 ? "/" : "/" + string.Join('/', _path.Select(p => p.Name));
    }

    /// <summary>Resolves schema locations only to streams the caller provides, by file name.</summary>
    private sealed class NamedStreamResolver(Func<string, Stream?> open) : XmlResolver
    {
        private const string Scheme = "schema://local/";

        public string BaseUriOf(string name) => Scheme + name;

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new(Scheme + Path.GetFileName(relativeUri ?? string.Empty));

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            open(Path.GetFileName(absoluteUri.AbsolutePath)) ?? throw new FileNotFoundException($"Schema {absoluteUri} is not available.");
    }
}
