using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Signing;
using WrotaCelne.Plugins.Formats.Ncts;
using WrotaCelne.Plugins.Signing.KeyFile;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>CC015C transit declarations made by the NCTS plugin and signed with XAdES-BES by a self-signed key opened through the key-file provider.</summary>
internal static class TransitMessages
{
    public const string MessageIdentification = "WC-MSG-GW-0001";
    private const string KeyPassword = "Hasło-klucza-1";

    private static readonly Lazy<ISigningKey> Key = new(OpenKey);

    /// <summary>The plugin's CC015C for the sample transit declaration with the given LRN and security.</summary>
    public static byte[] Cc015c(string lrn, int security = 0)
    {
        var declaration = SampleDeclarations.Transit();
        declaration.Lrn = lrn;
        declaration.Security = security;
        var header = new MessageHeader(SampleDeclarations.PolishEori, "NTA.PL", MessageIdentification, DateTimeOffset.UtcNow);
        var result = new NctsFormatPlugin().Serialize(new OutboundRequest("CC015C", declaration, header));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        return result.Value!.Content;
    }

    public static byte[] Sign(byte[] xml)
    {
        var signed = XadesSigner.Sign(xml, Key.Value, DateTimeOffset.UtcNow);
        Assert.True(signed.Succeeded, string.Join("; ", signed.Errors.Select(e => e.Message)));
        return signed.Value!;
    }

    public static SeapDocument Document(byte[] content, string fileName = "CC015C.xml", string system = SeapTargetSystems.Ncts) =>
        new(new SeapContent(content, fileName), [system]);

    /// <summary>The signed text with one value changed after signing.</summary>
    public static byte[] Tamper(byte[] signed, string from, string to)
    {
        var text = Encoding.UTF8.GetString(signed);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }

    private static ISigningKey OpenKey()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Agencja Celna Test Bramka, O=Wrota Celne Test, C=PL", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pkcs12 = certificate.Export(X509ContentType.Pkcs12, KeyPassword);
        var opened = new KeyFileSigningProvider().OpenKey(new SigningKeyRequest(new Dictionary<string, string>(), pkcs12, KeyPassword));
        Assert.True(opened.Succeeded, string.Join("; ", opened.Errors.Select(e => e.Message)));
        return opened.Value!;
    }
}
