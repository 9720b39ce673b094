using System.Text;
using System.Xml.Linq;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>
/// A declaration file may arrive signed (e.g. a message this platform or another one signed): its signature must
/// verify, or the file is refused; a valid signature is taken off before the format plugin reads the message.
/// </summary>
internal static class SignedFiles
{
    private static readonly XNamespace Dsig = "http://www.w3.org/2000/09/xmldsig#";
    private static readonly byte[] DsigBytes = Encoding.UTF8.GetBytes(Dsig.NamespaceName);

    /// <returns>The content to import, and a note about the signature when there was one.</returns>
    public static (ReadOnlyMemory<byte> Content, ImportNoteDto? Note) Unwrap(ReadOnlyMemory<byte> content)
    {
        if (content.Span.IndexOf(DsigBytes) < 0)
        {
            return (content, null); // no XML-DSig namespace anywhere: not signed
        }

        var document = SafeXml.Load(content);
        if (!document.Succeeded || document.Value!.Root!.Elements(Dsig + "Signature").FirstOrDefault() is not { } signature)
        {
            return (content, null); // the plugin reports what is wrong with the XML, or the namespace is used elsewhere
        }

        var verification = XadesVerifier.Verify(content.ToArray());
        if (!verification.IsValid)
        {
            var problem = verification.Problems[0];
            throw new InvalidInputException([new FieldError("file", "import.signatureInvalid", $"The file is signed but its signature is refused: {problem.Message} ({problem.Code})", [problem.Code])]);
        }

        signature.Remove();
        var subject = verification.SignerCertificate!.Subject;
        var time = verification.SigningTime is { } at ? WarsawTime.Show(at.UtcDateTime) : "?";
        using var buffer = new MemoryStream();
        document.Value!.Save(buffer, SaveOptions.DisableFormatting);
        return (buffer.ToArray(), new ImportNoteDto("signature.valid", $"The file was signed by {subject} at {time}; the signature is valid.", null));
    }
}
