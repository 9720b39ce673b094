using System.Security.Cryptography;
using System.Text;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>
/// The UsernameToken password digest the PUESC way: <c>Base64(SHA1(nonce + created + Base64(SHA1(password))))</c>,
/// where the standard WS-Security profile has the plain password in place of <c>Base64(SHA1(password))</c>.
/// UNVERIFIED: taken from public descriptions of PUESC, not tried against the real gateway. The nonce enters as its
/// raw bytes (the Base64 text is what travels in wsse:Nonce), created as the UTF-8 of the exact wsu:Created text,
/// the password as UTF-8. If the gateway turns out to differ, this class is the one place to change.
/// </summary>
public static class PuescPasswordDigest
{
    public static string Compute(byte[] nonce, string created, string password)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(password);
        var hashedPassword = Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(password)));
        byte[] input = [.. nonce, .. Encoding.UTF8.GetBytes(created), .. Encoding.UTF8.GetBytes(hashedPassword)];
        return Convert.ToBase64String(SHA1.HashData(input));
    }

    /// <summary>Compares a received digest with the expected one in constant time.</summary>
    public static bool Matches(string digest, byte[] nonce, string created, string password)
    {
        var expected = Encoding.ASCII.GetBytes(Compute(nonce, created, password));
        var actual = Encoding.ASCII.GetBytes(digest ?? string.Empty);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
