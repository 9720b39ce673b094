using System.Security.Cryptography.X509Certificates;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>
/// A private key on a token, used through its own session. A PKCS#11 session must not be used by two threads at
/// once, so signing and closing are serialized per key; two keys sign in parallel through their own sessions.
/// </summary>
internal sealed class Pkcs11SigningKey : ISigningKey
{
    private readonly Lock _gate = new();
    private readonly TokenKey _token;
    private readonly ISession _session;
    private readonly IObjectHandle _privateKey;
    private readonly bool _isRsa;
    private bool _closed;

    public Pkcs11SigningKey(TokenKey token, ISession session, IObjectHandle privateKey, X509Certificate2 certificate, bool isRsa)
    {
        _token = token;
        _session = session;
        _privateKey = privateKey;
        _isRsa = isRsa;
        Certificate = certificate;
        SignatureMethod = isRsa ? SignatureMethods.RsaSha256 : SignatureMethods.EcdsaSha256;
    }

    public X509Certificate2 Certificate { get; }

    public string SignatureMethod { get; }

    public SigningResult<byte[]> SignDigest(ReadOnlyMemory<byte> sha256Digest)
    {
        if (sha256Digest.Length != DigestInfo.Sha256Length)
        {
            return SigningResult.Failure<byte[]>(new SigningProblem(
                SigningProblemCodes.NotSupported, $"Only SHA-256 digests ({DigestInfo.Sha256Length} bytes) are signed, not {sha256Digest.Length} bytes."));
        }

        // CKM_RSA_PKCS pads and signs the DigestInfo; CKM_ECDSA signs the bare digest and returns r‖s.
        var data = _isRsa ? DigestInfo.ForSha256(sha256Digest.Span) : sha256Digest.ToArray();
        var mechanism = Pkcs11Modules.Factories.MechanismFactory.Create(_isRsa ? CKM.CKM_RSA_PKCS : CKM.CKM_ECDSA);
        lock (_gate)
        {
            if (_closed)
            {
                return SigningResult.Failure<byte[]>(new SigningProblem(SigningProblemCodes.DeviceError, "The key has been closed; open it again to sign."));
            }

            try
            {
                return SigningResult.Success(_session.Sign(mechanism, _privateKey, data));
            }
            catch (Pkcs11Exception e)
            {
                return SigningResult.Failure<byte[]>(Pkcs11Problems.FromOperation("sign", e.RV));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            TokenLogins.Release(_token, _session);
            Pkcs11KeyOpener.CloseQuietly(_session);
        }
    }
}
