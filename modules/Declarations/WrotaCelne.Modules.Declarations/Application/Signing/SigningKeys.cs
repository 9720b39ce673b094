using System.Collections.ObjectModel;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Plugins;
using WrotaCelne.Modules.Declarations.Domain.Signing;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// Opens the key of a credential through its signing-provider plugin, decrypting the key file and secret only for the
/// call. Provider problems become input errors on the field the person can fix (password, PIN, key file).
/// </summary>
internal sealed class SigningKeys(IActivePlugins plugins, ISecretProtector secrets, Pkcs11Modules modules, ILogger<SigningKeys> logger)
{
    public const string KeyStorePkcs12 = "pkcs12";
    public const string KeyStorePkcs11 = "pkcs11";

    public ISigningProvider ProviderFor(CredentialKind kind)
    {
        var store = kind == CredentialKind.KeyFile ? KeyStorePkcs12 : KeyStorePkcs11;
        return plugins.Active<ISigningProvider>().FirstOrDefault(p => Describe(p)?.KeyStoreKind == store)
            ?? throw new ConflictException("provider", "signing.providerMissing", $"No active signing-provider plugin handles {store} keys; ask the operator to enable one.");
    }

    /// <summary>Opens a key for a new or replaced credential, before anything is stored.</summary>
    public ISigningKey Open(CredentialKind kind, IReadOnlyDictionary<string, string> settings, ReadOnlyMemory<byte> keyMaterial, string? secret, string secretField) =>
        Open(ProviderFor(kind), kind, settings, keyMaterial, secret, secretField);

    /// <summary>Opens a stored credential's key; <paramref name="secret"/> is used when the credential keeps none.</summary>
    public ISigningKey Open(SigningCredential credential, string? secret)
    {
        var provider = plugins.Active<ISigningProvider>().FirstOrDefault(p => p.Id == credential.ProviderId)
            ?? throw new ConflictException("credentialId", "signing.providerMissing", $"The signing-provider plugin {credential.ProviderId} of this credential is not active; ask the operator.");
        if (credential.SecretPerSignature && string.IsNullOrEmpty(secret))
        {
            throw new InvalidInputException("secret", "signing.pinRequired", "Enter the PIN of the card or token.");
        }

        var keyMaterial = credential.ProtectedKeyMaterial is null ? ReadOnlyMemory<byte>.Empty : secrets.UnprotectKey(credential.ProtectedKeyMaterial);
        var storedSecret = credential.ProtectedSecret is null ? secret : secrets.Unprotect(credential.ProtectedSecret);
        return Open(provider, credential.Kind, credential.Settings, keyMaterial, storedSecret, "secret");
    }

    private ISigningKey Open(ISigningProvider provider, CredentialKind kind, IReadOnlyDictionary<string, string> settings, ReadOnlyMemory<byte> keyMaterial, string? secret, string secretField)
    {
        var resolved = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        if (kind == CredentialKind.Pkcs11)
        {
            var module = settings.GetValueOrDefault(CredentialSettings.Module) ?? "";
            resolved[CredentialSettings.ModulePath] = modules.PathOf(module)
                ?? throw SigningErrors.Invalid("module", "signing.moduleNotAllowed", "{0} is not a PKCS#11 module the operator allowed on this install.", module);
            resolved.Remove(CredentialSettings.Module);
        }

        SigningResult<ISigningKey> result;
        try
        {
            result = provider.OpenKey(new SigningKeyRequest(new ReadOnlyDictionary<string, string>(resolved), keyMaterial, secret));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Signing provider {PluginId} failed to open a key", provider.Id);
            throw new ConflictException("provider", "plugin.failed", $"The signing provider {provider.Id} failed; the operator finds the details in the log.");
        }

        if (result.Succeeded)
        {
            return result.Value!;
        }

        throw ToException(result.Errors[0], kind, secretField);
    }

    /// <summary>A provider's problem as the error on the field the person can fix.</summary>
    public static Exception ToException(SigningProblem problem, CredentialKind kind, string secretField)
    {
        return problem.Code switch
        {
            SigningProblemCodes.WrongSecret => kind == CredentialKind.KeyFile ? new InvalidInputException(secretField, "signing.wrongPassword", "The key file's password is wrong.") : (Exception)new InvalidInputException(secretField, "signing.wrongPin", "The PIN is wrong (the card locks after a few wrong tries)."),
            SigningProblemCodes.BadKeyMaterial => SigningErrors.Invalid("keyFile", "signing.badKeyFile", "The file is not a PKCS#12 key file (.p12, .pfx) with a private key: {0}", problem.Message),
            SigningProblemCodes.UnsupportedKey => SigningErrors.Invalid(kind == CredentialKind.KeyFile ? "keyFile" : "keyLabel", "signing.unsupportedKey", "The key cannot sign RSA-SHA256 or ECDSA-SHA256: {0}", problem.Message),
            SigningProblemCodes.KeyNotFound => SigningErrors.Invalid("keyLabel", "signing.keyNotFound", "No such token or key: {0}", problem.Message),
            SigningProblemCodes.BadSettings => SigningErrors.Invalid("module", "signing.badSettings", "The settings are incomplete: {0}", problem.Message),
            _ => new ConflictException("provider", "signing.deviceError", $"The key could not be used: {problem.Message}"),
        };
    }

    private SigningProviderDescriptor? Describe(ISigningProvider provider)
    {
        try
        {
            return provider.Describe();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Signing provider {PluginId} failed to describe itself", provider.Id);
            return null;
        }
    }
}

/// <summary>Names of a credential's stored settings.</summary>
internal static class CredentialSettings
{
    /// <summary>The operator's name of a PKCS#11 module; turned into <see cref="ModulePath"/> only when the key is opened.</summary>
    public const string Module = "module";
    public const string ModulePath = "modulePath";
    public const string TokenLabel = "tokenLabel";
    public const string KeyLabel = "keyLabel";
}
