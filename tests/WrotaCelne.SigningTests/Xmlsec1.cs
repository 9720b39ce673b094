using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.SigningTests;

/// <summary>
/// xmlsec1 (libxmlsec1 with OpenSSL, Debian package xmlsec1) as an independent verifier. The test certificate is
/// given as the trusted root (--trusted-pem), so xmlsec1 checks the KeyInfo certificate against it and takes the key
/// from there; --id-attr:Id tells it that SignedProperties' Id attribute is an ID (there is no DTD or schema to say so).
/// </summary>
internal static class Xmlsec1
{
    private const string SignedPropertiesId = "http://uri.etsi.org/01903/v1.3.2#:SignedProperties";

    public static (bool Verified, string Output) Verify(byte[] signedXml, X509Certificate2 trusted)
    {
        var folder = Directory.CreateTempSubdirectory("xmlsec1-");
        try
        {
            var document = Path.Combine(folder.FullName, "signed.xml");
            var certificate = Path.Combine(folder.FullName, "signer.pem");
            File.WriteAllBytes(document, signedXml);
            File.WriteAllText(certificate, trusted.ExportCertificatePem());
            var (exitCode, output) = Run("--verify", "--trusted-pem", certificate, "--id-attr:Id", SignedPropertiesId, document);
            return (exitCode == 0, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Fills in a signature template (digests, signature value, X509Data) with xmlsec1's own code.</summary>
    public static byte[] Sign(byte[] template, string privateKeyPem, X509Certificate2 certificate)
    {
        var folder = Directory.CreateTempSubdirectory("xmlsec1-");
        try
        {
            var input = Path.Combine(folder.FullName, "template.xml");
            var output = Path.Combine(folder.FullName, "signed.xml");
            var key = Path.Combine(folder.FullName, "key.pem");
            var certificateFile = Path.Combine(folder.FullName, "cert.pem");
            File.WriteAllBytes(input, template);
            File.WriteAllText(key, privateKeyPem);
            File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
            var (exitCode, messages) = Run("--sign", "--privkey-pem", key + "," + certificateFile, "--id-attr:Id", SignedPropertiesId, "--output", output, input);
            Assert.True(exitCode == 0, messages);
            return File.ReadAllBytes(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("xmlsec1") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("xmlsec1 did not start (Debian package xmlsec1).");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, errors.Result + output);
    }
}
