using System.Security.Cryptography;
using System.Text;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>
/// The gateway simulator the host serves itself (practice and offline use). Each organization practises under a
/// login of its own; the password of a practice login is derived from a secret that lives only in this process, so
/// nobody outside the install can use the simulator as someone else.
/// </summary>
public sealed class BuiltInGateway
{
    public const string Path = "/simulator/seap";

    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);

    /// <summary>Where the simulator answers, once the host knows its own address; null when the simulator is off.</summary>
    public Uri? Address { get; private set; }

    public static string LoginFor(Guid organizationId) => "practice-" + organizationId.ToString("N");

    public string PasswordFor(string login) => Convert.ToBase64String(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(login)));

    /// <summary>Only practice logins exist on the built-in simulator.</summary>
    public string? PasswordOfPracticeLogin(string login) => login.StartsWith("practice-", StringComparison.Ordinal) ? PasswordFor(login) : null;

    public void ServeAt(Uri hostAddress)
    {
        ArgumentNullException.ThrowIfNull(hostAddress);
        Address = new Uri(hostAddress, Path);
    }
}
