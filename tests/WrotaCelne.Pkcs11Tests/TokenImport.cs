using System.Security.Cryptography;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>Writes keys and certificates into a SoftHSM2 token with C_CreateObject, as a card personalization tool would.</summary>
internal static class TokenImport
{
    // DER of the OID 1.2.840.10045.3.1.7 (prime256v1), the form CKA_EC_PARAMS takes for a named curve.
    private static readonly byte[] P256Parameters = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];

    public static void Import(string modulePath, string tokenLabel, string userPin, IEnumerable<TestKey> keys, IEnumerable<TestKey> keysWithoutCertificate)
    {
        var factories = new Pkcs11InteropFactories();
        // Finalized (disposed) before the provider loads the module: PKCS#11 allows one initialization per process.
        using var library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, modulePath, AppType.MultiThreaded);
        var slot = library.GetSlotList(SlotsType.WithTokenPresent).Single(s => s.GetTokenInfo().Label.Trim() == tokenLabel);
        using var session = slot.OpenSession(SessionType.ReadWrite);
        session.Login(CKU.CKU_USER, userPin);
        var attributes = factories.ObjectAttributeFactory;
        foreach (var key in keys)
        {
            session.CreateObject(PrivateKeyAttributes(attributes, key));
            session.CreateObject([
                attributes.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE),
                attributes.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509),
                attributes.Create(CKA.CKA_TOKEN, true),
                attributes.Create(CKA.CKA_LABEL, key.Label),
                attributes.Create(CKA.CKA_ID, key.Id),
                attributes.Create(CKA.CKA_SUBJECT, key.Certificate.SubjectName.RawData),
                attributes.Create(CKA.CKA_VALUE, key.Certificate.RawData),
            ]);
        }

        foreach (var key in keysWithoutCertificate)
        {
            session.CreateObject(PrivateKeyAttributes(attributes, key));
        }

        session.Logout();
    }

    private static List<IObjectAttribute> PrivateKeyAttributes(Net.Pkcs11Interop.HighLevelAPI.Factories.IObjectAttributeFactory attributes, TestKey key)
    {
        List<IObjectAttribute> common =
        [
            attributes.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY),
            attributes.Create(CKA.CKA_TOKEN, true),
            attributes.Create(CKA.CKA_PRIVATE, true),
            attributes.Create(CKA.CKA_SENSITIVE, true),
            attributes.Create(CKA.CKA_SIGN, true),
            attributes.Create(CKA.CKA_LABEL, key.Label),
            attributes.Create(CKA.CKA_ID, key.Id),
        ];
        switch (key.PrivateKey)
        {
            case RSA rsa:
                var p = rsa.ExportParameters(true);
                return
                [
                    .. common,
                    attributes.Create(CKA.CKA_KEY_TYPE, CKK.CKK_RSA),
                    attributes.Create(CKA.CKA_MODULUS, p.Modulus!),
                    attributes.Create(CKA.CKA_PUBLIC_EXPONENT, p.Exponent!),
                    attributes.Create(CKA.CKA_PRIVATE_EXPONENT, p.D!),
                    attributes.Create(CKA.CKA_PRIME_1, p.P!),
                    attributes.Create(CKA.CKA_PRIME_2, p.Q!),
                    attributes.Create(CKA.CKA_EXPONENT_1, p.DP!),
                    attributes.Create(CKA.CKA_EXPONENT_2, p.DQ!),
                    attributes.Create(CKA.CKA_COEFFICIENT, p.InverseQ!),
                ];
            case ECDsa ec:
                return
                [
                    .. common,
                    attributes.Create(CKA.CKA_KEY_TYPE, CKK.CKK_EC),
                    attributes.Create(CKA.CKA_EC_PARAMS, P256Parameters),
                    attributes.Create(CKA.CKA_VALUE, ec.ExportParameters(true).D!),
                ];
            default:
                throw new ArgumentException($"No import for {key.PrivateKey.GetType().Name}.", nameof(key));
        }
    }
}
