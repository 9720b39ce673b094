using System.Text;
using System.Xml;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.SigningTests;

/// <summary>Signs sample messages and edits signed documents the way an attacker or a broken transfer would.</summary>
internal static class SignedDocuments
{
    public const string Dsig = "http://www.w3.org/2000/09/xmldsig#";
    public const string Xades = "http://uri.etsi.org/01903/v1.3.2#";

    public static readonly DateTimeOffset SigningTime = new(2026, 6, 1, 8, 31, 2, TimeSpan.Zero);

    private static readonly Lazy<byte[]> RsaSignedSmall = new(() => Sign(TestKeys.Rsa2048, SampleMessages.Cc015c(5)));

    /// <summary>A small CC015C signed with the RSA 2048 test key, for the refusal tests.</summary>
    public static byte[] RsaSigned => RsaSignedSmall.Value;

    public static byte[] Sign(byte[] pkcs12, byte[] xml)
    {
        using var key = TestKeys.Open(pkcs12);
        return Sign(key, xml);
    }

    public static byte[] Sign(ISigningKey key, byte[] xml)
    {
        var result = XadesSigner.Sign(xml, key, SigningTime);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code + ": " + e.Message)));
        return result.Value!;
    }

    public static XmlDocument Load(byte[] xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(Encoding.UTF8.GetString(xml));
        return document;
    }

    public static byte[] Save(XmlDocument document) => Encoding.UTF8.GetBytes(document.OuterXml);

    public static XmlNamespaceManager Names(XmlDocument document)
    {
        var names = new XmlNamespaceManager(document.NameTable);
        names.AddNamespace("ds", Dsig);
        names.AddNamespace("xades", Xades);
        names.AddNamespace("ncts", "http://ncts.dgtaxud.ec");
        return names;
    }

    /// <summary>Loads <paramref name="signed"/>, lets <paramref name="edit"/> change it and writes it back.</summary>
    public static byte[] Edit(byte[] signed, Action<XmlDocument, XmlNamespaceManager> edit)
    {
        var document = Load(signed);
        edit(document, Names(document));
        return Save(document);
    }

    public static XmlElement Select(XmlDocument document, XmlNamespaceManager names, string xpath) =>
        document.SelectSingleNode(xpath, names) as XmlElement ?? throw new InvalidOperationException($"{xpath} is not in the document.");

    /// <summary>Replaces one character of the first occurrence of <paramref name="marker"/> (at <paramref name="offset"/> in it).</summary>
    public static byte[] Corrupt(byte[] signed, string marker, int offset)
    {
        var text = Encoding.UTF8.GetString(signed);
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{marker} is not in the signed document.");
        var position = at + offset;
        // A digit stays a digit so a date stays a date and only the signature can notice.
        var replacement = char.IsAsciiDigit(text[position]) ? (char)('0' + ((text[position] - '0' + 1) % 10)) : text[position] == 'A' ? 'B' : 'A';
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, position), replacement.ToString(), text.AsSpan(position + 1)));
    }
}
