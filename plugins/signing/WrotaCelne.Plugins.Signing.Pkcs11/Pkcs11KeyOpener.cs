using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>Finds the token, logs in and finds the private key with its certificate.</summary>
internal static class Pkcs11KeyOpener
{
    public static SigningResult<ISigningKey> Open(SigningKeyRequest request)
    {
        var (settings, settingsProblem) = Pkcs11Settings.Read(request.Settings);
        if (settings is null)
        {
            return Failure(settingsProblem!);
        }

        var (library, moduleProblem) = Pkcs11Modules.Get(settings.ModulePath);
        if (library is null)
        {
            return Failure(moduleProblem!);
        }

        ISlot slot;
        bool protectedAuthenticationPath;
        try
        {
            var matching = library.GetSlotList(SlotsType.WithTokenPresent)
                .Select(candidate => (Slot: candidate, Info: TokenInfoOrNull(candidate)))
                .Where(candidate => candidate.Info?.Label.Trim() == settings.TokenLabel)
                .ToList();
            if (matching.Count == 0)
            {
                return Failure(new SigningProblem(SigningProblemCodes.KeyNotFound, $"No token labelled '{settings.TokenLabel}' is present."));
            }

            if (matching.Count > 1)
            {
                return Failure(new SigningProblem(SigningProblemCodes.BadSettings, $"{matching.Count} tokens are labelled '{settings.TokenLabel}'; give each card its own label."));
            }

            slot = matching[0].Slot;
            protectedAuthenticationPath = matching[0].Info!.TokenFlags.ProtectedAuthenticationPath;
        }
        catch (Pkcs11Exception e)
        {
            return Failure(Pkcs11Problems.FromOperation("list the tokens", e.RV));
        }

        var token = new TokenKey(library, slot.SlotId);
        ISession session;
        try
        {
            session = slot.OpenSession(SessionType.ReadOnly);
        }
        catch (Pkcs11Exception e)
        {
            return Failure(Pkcs11Problems.FromOperation("open a session with the token", e.RV));
        }

        var loginProblem = TokenLogins.Acquire(token, session, request.Secret, protectedAuthenticationPath);
        if (loginProblem is not null)
        {
            CloseQuietly(session);
            return Failure(loginProblem);
        }

        SigningResult<ISigningKey> result;
        try
        {
            result = FindKey(token, session, settings.KeyLabel);
        }
        catch (Pkcs11Exception e)
        {
            result = Failure(Pkcs11Problems.FromOperation("read the key from the token", e.RV));
        }

        if (!result.Succeeded)
        {
            TokenLogins.Release(token, session);
            CloseQuietly(session);
        }

        return result;
    }

    // A card pulled out while its reader is listed, or one the library cannot read, is skipped like an empty slot.
    private static ITokenInfo? TokenInfoOrNull(ISlot slot)
    {
        try
        {
            return slot.GetTokenInfo();
        }
        catch (Pkcs11Exception)
        {
            return null;
        }
    }

    internal static void CloseQuietly(ISession session)
    {
        try
        {
            session.Dispose();
        }
        catch (Pkcs11Exception)
        {
            // The card was removed: its session is gone already.
        }
    }

    private static SigningResult<ISigningKey> FindKey(TokenKey token, ISession session, string keyLabel)
    {
        var attributes = Pkcs11Modules.Factories.ObjectAttributeFactory;
        var keys = session.FindAllObjects([
            attributes.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY),
            attributes.Create(CKA.CKA_LABEL, keyLabel),
        ]);
        if (keys.Count == 0)
        {
            return Failure(new SigningProblem(SigningProblemCodes.KeyNotFound, $"The token has no private key labelled '{keyLabel}'."));
        }

        if (keys.Count > 1)
        {
            return Failure(new SigningProblem(SigningProblemCodes.BadSettings, $"The token has {keys.Count} private keys labelled '{keyLabel}'."));
        }

        var privateKey = keys[0];
        var keyAttributes = session.GetAttributeValue(privateKey, [CKA.CKA_KEY_TYPE, CKA.CKA_ID]);
        var keyType = (CKK)keyAttributes[0].GetValueAsUlong();
        if (keyType is not (CKK.CKK_RSA or CKK.CKK_EC))
        {
            return Failure(new SigningProblem(SigningProblemCodes.UnsupportedKey, $"The key '{keyLabel}' is a {keyType} key; only RSA and EC keys sign."));
        }

        var id = keyAttributes[1].CannotBeRead ? [] : keyAttributes[1].GetValueAsByteArray() ?? [];
        var certificateBytes = FindCertificate(session, id, keyLabel);
        if (certificateBytes is null)
        {
            return Failure(new SigningProblem(SigningProblemCodes.KeyNotFound, $"The token has no certificate for the key '{keyLabel}' (none with its CKA_ID or label)."));
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(certificateBytes);
        }
        catch (CryptographicException)
        {
            return Failure(new SigningProblem(SigningProblemCodes.DeviceError, $"The certificate stored for the key '{keyLabel}' cannot be read."));
        }

        var isRsa = keyType == CKK.CKK_RSA;
        var mismatch = CertificateMismatch(session, privateKey, certificate, isRsa);
        if (mismatch is not null)
        {
            certificate.Dispose();
            return Failure(new SigningProblem(SigningProblemCodes.BadSettings, $"The certificate found for the key '{keyLabel}' {mismatch}."));
        }

        return SigningResult.Success<ISigningKey>(new Pkcs11SigningKey(token, session, privateKey, certificate, isRsa));
    }

    private static byte[]? FindCertificate(ISession session, byte[] id, string keyLabel)
    {
        var attributes = Pkcs11Modules.Factories.ObjectAttributeFactory;
        List<IObjectHandle> certificates = [];
        if (id.Length > 0)
        {
            certificates = session.FindAllObjects([
                attributes.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE),
                attributes.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509),
                attributes.Create(CKA.CKA_ID, id),
            ]);
        }

        if (certificates.Count == 0)
        {
            certificates = session.FindAllObjects([
                attributes.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE),
                attributes.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509),
                attributes.Create(CKA.CKA_LABEL, keyLabel),
            ]);
        }

        return certificates.Count == 0 ? null : session.GetAttributeValue(certificates[0], [CKA.CKA_VALUE])[0].GetValueAsByteArray();
    }

    // A certificate of another key would make signatures nobody can verify; the RSA modulus, a public attribute of
    // the private key on most tokens, shows that early. An EC private key exposes only its curve.
    private static string? CertificateMismatch(ISession session, IObjectHandle privateKey, X509Certificate2 certificate, bool isRsa)
    {
        if (!isRsa)
        {
            using var ec = certificate.GetECDsaPublicKey();
            return ec is null ? "holds no EC public key" : null;
        }

        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is null)
        {
            return "holds no RSA public key";
        }

        var modulus = session.GetAttributeValue(privateKey, [CKA.CKA_MODULUS])[0];
        if (modulus.CannotBeRead || modulus.GetValueAsByteArray() is not { Length: > 0 } tokenModulus)
        {
            return null;
        }

        var certificateModulus = rsa.ExportParameters(false).Modulus ?? [];
        return TrimLeadingZeros(tokenModulus).SequenceEqual(TrimLeadingZeros(certificateModulus)) ? null : "belongs to another RSA key";
    }

    private static ReadOnlySpan<byte> TrimLeadingZeros(byte[] value) => value.AsSpan().TrimStart((byte)0);

    private static SigningResult<ISigningKey> Failure(SigningProblem problem) => SigningResult.Failure<ISigningKey>(problem);
}
