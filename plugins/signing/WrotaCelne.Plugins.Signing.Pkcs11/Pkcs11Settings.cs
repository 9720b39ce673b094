using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>The settings of one PKCS#11 credential: which library, which token, which key.</summary>
internal sealed record Pkcs11Settings(string ModulePath, string TokenLabel, string KeyLabel)
{
    public const string ModulePathName = "modulePath";
    public const string TokenLabelName = "tokenLabel";
    public const string KeyLabelName = "keyLabel";

    public static IReadOnlyList<string> Names { get; } = [ModulePathName, TokenLabelName, KeyLabelName];

    public static (Pkcs11Settings? Settings, SigningProblem? Problem) Read(IReadOnlyDictionary<string, string> values)
    {
        var missing = Names.Where(name => !values.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value)).ToList();
        if (missing.Count > 0)
        {
            return (null, new SigningProblem(SigningProblemCodes.BadSettings, $"Missing setting(s): {string.Join(", ", missing)}."));
        }

        return (new Pkcs11Settings(values[ModulePathName].Trim(), values[TokenLabelName].Trim(), values[KeyLabelName]), null);
    }
}
