using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Benchmarks.Formats;
using WrotaCelne.Benchmarks.Reporting;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Benchmarks.Signing;

/// <summary>
/// XAdES-BES over a 200-item CC015C made by the NCTS plugin: signing with a key file opened by the key-file provider
/// (RSA-2048 and ECDSA P-256, as the host loads the provider) and verifying with the platform's verifier.
/// </summary>
internal static class SigningBenchmark
{
    public static FormatsReport Run(FormatsBenchmarkOptions options)
    {
        var machine = MachineInfo.Current();
        using var catalog = BuiltInPlugins.Load("signing");
        var ncts = catalog.Active<IMessageFormatPlugin>().First(f => f.Describe().OutboundMessageTypes.Contains("CC015C"));
        var keyFiles = catalog.Active<ISigningProvider>().First(p => p.Describe().KeyStoreKind == "pkcs12");
        var request = new OutboundRequest("CC015C", FormatsBenchmark.LargeTransit(options.Items), new MessageHeader("PL526104082800000", "NTA.PL", "BENCH-1", DateTimeOffset.UtcNow));
        var message = ncts.Serialize(request).Value?.Content ?? throw new InvalidOperationException("The benchmark's declaration does not serialize.");

        var scenarios = new List<FormatScenario>();
        foreach (var (name, pkcs12) in new[] { ("RSA-2048", RsaKeyFile()), ("ECDSA P-256", EcKeyFile()) })
        {
            var opened = keyFiles.OpenKey(new SigningKeyRequest(new Dictionary<string, string>(), pkcs12, Password));
            var key = opened.Value ?? throw new InvalidOperationException($"The {name} key file does not open: {string.Join("; ", opened.Errors.Select(e => e.Message))}");
            var signed = XadesSigner.Sign(message, key, DateTimeOffset.UtcNow).Value ?? throw new InvalidOperationException($"{name} does not sign.");
            if (!XadesVerifier.Verify(signed).IsValid)
            {
                throw new InvalidOperationException($"The {name} signature does not verify.");
            }

            scenarios.Add(new FormatScenario($"sign CC015C, {options.Items} items, {name}", message.Length, () => XadesSigner.Sign(message, key, DateTimeOffset.UtcNow).Succeeded));
            scenarios.Add(new FormatScenario($"verify CC015C, {options.Items} items, {name}", signed.Length, () => XadesVerifier.Verify(signed).IsValid));
        }

        var results = scenarios.Select(s =>
        {
            Console.WriteLine($"{s.Name}: {options.WarmUp} warm-up calls, then {options.Runs} measured");
            return FormatsBenchmark.Measure(s, options);
        }).ToList();
        return new FormatsReport(machine, options, results, "Signing benchmark (XAdES-BES)");
    }

    internal const string Password = "bench-key-file";

    internal static byte[] RsaKeyFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Bench Signer RSA, O=Wrota Celne, C=PL", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, Password);
    }

    private static byte[] EcKeyFile()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Bench Signer EC, O=Wrota Celne, C=PL", ec, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, Password);
    }
}
