using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Pkcs11Tests;

namespace WrotaCelne.IntegrationTests.Signing;

/// <summary>
/// A SoftHSM2 token for the host under test, set up the way an administrator would with the command-line tools:
/// softhsm2-util initializes the token and imports the private key, OpenSC's pkcs11-tool writes the certificate.
/// </summary>
public sealed class SoftHsmTokenFiles : IDisposable
{
    public const string ModulePath = "/usr/lib/softhsm/libsofthsm2.so";
    public const string TokenLabel = "wc-host";
    public const string KeyLabel = "karta-jana";
    public const string Pin = "246810";

    private readonly string _directory;

    public SoftHsmTokenFiles()
    {
        if (!File.Exists(ModulePath))
        {
            throw new InvalidOperationException($"SoftHSM2 is not installed ({ModulePath} is missing); install the Debian package softhsm2.");
        }

        _directory = Directory.CreateTempSubdirectory("wc-host-softhsm-").FullName;
        var tokens = Directory.CreateDirectory(Path.Combine(_directory, "tokens")).FullName;
        var configuration = Path.Combine(_directory, "softhsm2.conf");
        File.WriteAllText(configuration, $"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n");
        NativeEnvironment.Set("SOFTHSM2_CONF", configuration); // SoftHSM2 reads it when the host first loads the module

        Certificate = TestCertificates.Rsa("Jan Kowalski (karta)", TimeSpan.FromDays(365));
        var keyFile = Path.Combine(_directory, "key.pem");
        var certificateFile = Path.Combine(_directory, "certificate.der");
        File.WriteAllText(keyFile, Certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        File.WriteAllBytes(certificateFile, Certificate.RawData);

        Run(configuration, "softhsm2-util", "--init-token", "--free", "--label", TokenLabel, "--so-pin", "13579135", "--pin", Pin);
        Run(configuration, "softhsm2-util", "--import", keyFile, "--token", TokenLabel, "--label", KeyLabel, "--id", "01", "--pin", Pin);
        Run(configuration, "pkcs11-tool", "--module", ModulePath, "--token-label", TokenLabel, "--login", "--pin", Pin, "--write-object", certificateFile, "--type", "cert", "--id", "01", "--label", KeyLabel);
        File.Delete(keyFile);
    }

    public X509Certificate2 Certificate { get; }

    public void Dispose()
    {
        Certificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static void Run(string configuration, string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SOFTHSM2_CONF"] = configuration;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {arguments[0]} failed ({process.ExitCode}): {output.Result} {error} (is the Debian package {(tool == "pkcs11-tool" ? "opensc" : "softhsm2")} installed?)");
        }
    }
}
