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
    public static (bool Verified, string Output) Verify(byte[] signedXml, X509Certificate2 trusted)
    {
        var folder = Directory.CreateTempSubdirectory("xmlsec1-");
        try
        {
            var document = Path.Combine(folder.FullName, "signed.xml");
            var certificate = Path.Combine(folder.FullName, "signer.pem");
            File.WriteAllBytes(document, signedXml);
            File.WriteAllText(certificate, trusted.ExportCertificatePem());

            var start = new ProcessStartInfo("xmlsec1") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
            {
                "--verify",
                "--trusted-pem", certificate,
                "--id-attr:Id", "http://uri.etsi.org/01903/v1.3.2#:SignedProperties",
                document,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("xmlsec1 did not start (Debian package xmlsec1).");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, errors.Result + output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
