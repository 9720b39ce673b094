using System.Diagnostics;
using WrotaCelne.Plugins.Abstractions.Signing;
using WrotaCelne.Plugins.Signing.Pkcs11;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>
/// One SoftHSM2 set-up for every test of the run: a token directory of its own in a temp folder (SOFTHSM2_CONF
/// points at a softhsm2.conf there), two tokens made with softhsm2-util, and keys imported into the first. The
/// provider keeps the loaded module for the whole process, so the configuration is made once, before it loads.
/// </summary>
public sealed class SoftHsmToken : IDisposable
{
    public const string ModulePath = "/usr/lib/softhsm/libsofthsm2.so";
    public const string TokenLabel = "wc-test";
    public const string IdleTokenLabel = "wc-idle";
    public const string UserPin = "123456";
    public const string SecurityOfficerPin = "87654321";

    private readonly string _directory;

    public SoftHsmToken()
    {
        if (!File.Exists(ModulePath))
        {
            throw new InvalidOperationException($"SoftHSM2 is not installed ({ModulePath} is missing); install the Debian package softhsm2.");
        }

        // The tests import keys with the same Pkcs11Interop assembly the provider uses; a first, failing request
        // makes the provider install its mapping of Pkcs11Interop's "libdl" import before anything loads a module.
        var noModule = Provider.OpenKey(Request("any", modulePath: "/nonexistent/libpkcs11.so"));
        if (noModule.Errors is not [{ Code: SigningProblemCodes.BadSettings }])
        {
            throw new InvalidOperationException("A missing module should be refused as bad settings.");
        }

        _directory = Directory.CreateTempSubdirectory("wc-softhsm-").FullName;
        var tokens = Directory.CreateDirectory(Path.Combine(_directory, "tokens")).FullName;
        var configuration = Path.Combine(_directory, "softhsm2.conf");
        File.WriteAllText(configuration, $"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n");
        NativeEnvironment.Set("SOFTHSM2_CONF", configuration);

        InitToken(configuration, TokenLabel);
        InitToken(configuration, IdleTokenLabel);

        Rsa = TestKey.Rsa("rsa-signer", 1);
        Ec = TestKey.EcP256("ec-signer", 2);
        var other = TestKey.Rsa("other", 3);
        Mismatched = TestKey.Rsa("mismatched", 4).WithCertificateOf(other);
        WithoutCertificate = TestKey.EcP256("no-certificate", 5);
        TokenImport.Import(ModulePath, TokenLabel, UserPin, [Rsa, Ec, Mismatched], [WithoutCertificate]);
        TokenImport.Import(ModulePath, IdleTokenLabel, UserPin, [TestKey.Rsa("idle-signer", 1)], []);
    }

    public TestKey Rsa { get; }

    public TestKey Ec { get; }

    /// <summary>An RSA key whose label and id carry another key's certificate.</summary>
    public TestKey Mismatched { get; }

    /// <summary>An EC key with no certificate on the token.</summary>
    public TestKey WithoutCertificate { get; }

    public Pkcs11SigningProvider Provider { get; } = new();

    internal static SigningKeyRequest Request(string keyLabel, string? pin = UserPin, string tokenLabel = TokenLabel, string modulePath = ModulePath) =>
        new(new Dictionary<string, string> { ["modulePath"] = modulePath, ["tokenLabel"] = tokenLabel, ["keyLabel"] = keyLabel }, ReadOnlyMemory<byte>.Empty, pin);

    public void Dispose()
    {
        // The module stays loaded until the process ends; its files can go, the tests are done with them.
        Directory.Delete(_directory, recursive: true);
    }

    private static void InitToken(string configuration, string label)
    {
        var start = new ProcessStartInfo("softhsm2-util")
        {
            ArgumentList = { "--init-token", "--free", "--label", label, "--so-pin", SecurityOfficerPin, "--pin", UserPin },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SOFTHSM2_CONF"] = configuration;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("softhsm2-util did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"softhsm2-util --init-token failed ({process.ExitCode}): {output.Result} {error}");
        }
    }
}
