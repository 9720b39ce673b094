namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>
/// CKM_RSA_PKCS signs exactly the bytes it is given, so a PKCS#1 v1.5 SHA-256 signature needs the DER DigestInfo
/// (algorithm identifier of SHA-256 followed by the digest) built here.
/// </summary>
internal static class DigestInfo
{
    private static ReadOnlySpan<byte> Sha256Prefix =>
        [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];

    public const int Sha256Length = 32;

    public static byte[] ForSha256(ReadOnlySpan<byte> digest)
    {
        if (digest.Length != Sha256Length)
        {
            throw new ArgumentException($"A SHA-256 digest has {Sha256Length} bytes, not {digest.Length}.", nameof(digest));
        }

        var info = new byte[Sha256Prefix.Length + Sha256Length];
        Sha256Prefix.CopyTo(info);
        digest.CopyTo(info.AsSpan(Sha256Prefix.Length));
        return info;
    }
}
