using System.Buffers.Text;
using System.Security.Cryptography;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// A token reads <c>wct_{id}_{secret}</c>: the id finds the stored row, the secret (256 random bits,
/// base64url) is checked against its SHA-256. A fast hash is right here: the secret is random, not a
/// password, so there is nothing to guess with a dictionary.
/// </summary>
internal sealed record ApiTokenSecret(string Secret, byte[] Hash)
{
    private const string Prefix = "wct_";

    public static ApiTokenSecret Generate()
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new ApiTokenSecret(secret, HashOf(secret));
    }

    public string Format(Guid tokenId) => $"{Prefix}{tokenId:N}_{Secret}";

    /// <summary>Splits a presented token; false for anything not shaped like one of ours.</summary>
    public static bool TryParse(string presented, out Guid tokenId, out string secret)
    {
        tokenId = Guid.Empty;
        secret = "";
        if (presented.Length is < 40 or > 120 || !presented.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = presented.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != 32 || !Guid.TryParseExact(rest[..separator], "N", out tokenId))
        {
            return false;
        }

        secret = rest[(separator + 1)..].ToString();
        return secret.Length > 0;
    }

    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(HashOf(secret), storedHash);

    private static byte[] HashOf(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));
}
