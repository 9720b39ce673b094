using System.Text;
using System.Xml;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>Reads documents to sign or verify without DTDs or resolvers, keeping every node the digest covers; writes UTF-8 without changing them.</summary>
internal static class SignatureXml
{
    public static XmlDocument? Load(byte[] xml, XmlLimits limits, out string? error)
    {
        error = null;
        if (xml.LongLength > limits.MaxBytes)
        {
            error = $"The document is {xml.LongLength} bytes; at most {limits.MaxBytes} are read.";
            return null;
        }

        var settings = SafeXml.ReaderSettings(limits);
        // The signed form is the document as written: whitespace, comments and processing instructions stay.
        settings.IgnoreWhitespace = false;
        settings.IgnoreComments = false;
        settings.IgnoreProcessingInstructions = false;
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), settings);
            document.Load(reader);
        }
        catch (XmlException e)
        {
            error = $"The document is not well-formed XML or has a DTD: {e.Message}";
            return null;
        }

        if (document.DocumentElement is null)
        {
            error = "The document has no root element.";
            return null;
        }

        return document;
    }

    public static byte[] Save(XmlDocument document)
    {
        if (document.FirstChild is XmlDeclaration declaration)
        {
            declaration.Encoding = "UTF-8";
        }

        using var stream = new ChunkedOutput();
        // A carriage return in text (only a character reference can put one there) is written as &#xD;, which
        // reads back as itself; the default would write a line feed, and the signed text would not be what is read.
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
