namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>A <c>contentType</c> of WS_CHANNEL.xsd: bytes sent as Base64, an optional file name and a MIME type.</summary>
/// <param name="Data">The raw bytes (the business XML, a PDF, ...).</param>
/// <param name="FileName">The <c>filename</c> attribute.</param>
/// <param name="Mime">The <c>mime</c> attribute: <see cref="SeapMime"/>.</param>
public sealed record SeapContent(byte[] Data, string? FileName, string Mime = SeapMime.Xml);

/// <summary>The MIME types WS_CHANNEL.xsd allows (<c>mimeType</c>).</summary>
public static class SeapMime
{
    public const string Xml = "application/xml";
    public const string Pdf = "application/pdf";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Pdf, Xml, Other];
}
