using System.Security.Cryptography;
using System.Text;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.GatewayTests;

/// <summary>The PUESC digest Base64(SHA1(nonce + created + Base64(SHA1(password)))) (unverified against the real gateway).</summary>
public sealed class PuescPasswordDigestTests
{
    private static readonly byte[] Nonce = [.. Enumerable.Range(0, 16).Select(i => (byte)i)];
    private const string Created = "2026-06-01T08:30:15.000Z";
    private const string Password = "Hasło-PUESC-1";

    [Fact]
    public void The_digest_is_the_known_answer_computed_independently()
    {
        var hashedPassword = Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(Password)));
        var independent = Convert.ToBase64String(SHA1.HashData(Nonce.Concat(Encoding.UTF8.GetBytes(Created)).Concat(Encoding.UTF8.GetBytes(hashedPassword)).ToArray()));

        Assert.Equal(independent, PuescPasswordDigest.Compute(Nonce, Created, Password));
        // Computed once more outside .NET (Python hashlib) so a shared mistake in both lines above cannot hide.
        Assert.Equal("tUeycltU2VQtyH7yzxiKAIWYNfQ=", PuescPasswordDigest.Compute(Nonce, Created, Password));
    }

    [Fact]
    public void The_digest_differs_from_the_standard_WS_Security_one_and_any_change_of_input_changes_it()
    {
        var standard = Convert.ToBase64String(SHA1.HashData(Nonce.Concat(Encoding.UTF8.GetBytes(Created + Password)).ToArray()));
        var digest = PuescPasswordDigest.Compute(Nonce, Created, Password);

        Assert.NotEqual(standard, digest);
        Assert.True(PuescPasswordDigest.Matches(digest, Nonce, Created, Password));
        Assert.False(PuescPasswordDigest.Matches(digest, Nonce, Created, Password + "x"));
        Assert.False(PuescPasswordDigest.Matches(digest, Nonce, "2026-06-01T08:30:16.000Z", Password));
        Assert.False(PuescPasswordDigest.Matches(digest, [.. Nonce.Reverse()], Created, Password));
    }
}
