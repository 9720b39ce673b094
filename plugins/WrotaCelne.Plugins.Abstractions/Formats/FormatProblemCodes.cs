namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>Problem codes every format plugin uses the same way.</summary>
public static class FormatProblemCodes
{
    /// <summary>The plugin does not offer the operation or message type asked for.</summary>
    public const string NotSupported = "format.not-supported";

    /// <summary>The content is not well-formed XML.</summary>
    public const string Malformed = "xml.malformed";

    /// <summary>The content has a DTD (entity expansion and external entities are never processed).</summary>
    public const string DtdProhibited = "xml.dtd-prohibited";

    /// <summary>The content is larger than the limit.</summary>
    public const string TooLarge = "xml.too-large";

    /// <summary>Elements are nested deeper than the limit.</summary>
    public const string TooDeep = "xml.too-deep";

    /// <summary>The root element is in another namespace or has another name than expected.</summary>
    public const string UnexpectedRoot = "xml.unexpected-root";

    /// <summary>The message breaks its schema (XSD).</summary>
    public const string SchemaInvalid = "schema.invalid";

    /// <summary>No official schema is installed, so the message was checked against the plugin's mapping only.</summary>
    public const string SchemaAbsent = "schema.absent";

    /// <summary>The declaration lacks data the message needs, or holds data the message cannot carry.</summary>
    public const string MissingData = "declaration.missing-data";

    /// <summary>Import: something in the file has no place in the canonical declaration.</summary>
    public const string Unmapped = "import.unmapped";
}
