using Methods = WrotaCelne.Plugins.Abstractions.Signing.SignatureMethods;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>The algorithms the verifier accepts, checked on the XML before any cryptography runs.</summary>
internal static class AlgorithmPolicy
{
    public static readonly string[] SignatureMethods = [Methods.RsaSha256, Methods.EcdsaSha256];
    public static readonly string[] DigestMethods = [XadesNames.Sha256];
    public static readonly string[] Canonicalizations = [XadesNames.ExcC14n, XadesNames.C14n];
    public static readonly string[] ContentTransforms = [XadesNames.Enveloped, XadesNames.ExcC14n, XadesNames.C14n];
    public static readonly string[] PropertiesTransforms = [XadesNames.ExcC14n, XadesNames.C14n];

    /// <summary>Null when <paramref name="algorithm"/> is allowed; otherwise the problem.</summary>
    public static SignatureProblem? Check(string? algorithm, string[] allowed, string what) =>
        algorithm is not null && allowed.Contains(algorithm, StringComparer.Ordinal)
            ? null
            : IsWeak(algorithm)
                ? new SignatureProblem(SignatureProblemCodes.WeakAlgorithm, $"The {what} {algorithm} uses SHA-1 or MD5, which are refused.")
                : new SignatureProblem(SignatureProblemCodes.UnsupportedAlgorithm, $"The {what} {algorithm ?? "(none)"} is not one the platform accepts.");

    private static bool IsWeak(string? algorithm) =>
        algorithm is not null
        && (algorithm.EndsWith("sha1", StringComparison.OrdinalIgnoreCase) || algorithm.Contains("md5", StringComparison.OrdinalIgnoreCase));
}
