using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>A WS-Security UsernameToken with the PUESC password digest, a fresh nonce and the creation time.</summary>
public sealed record UsernameToken(string Login, string Digest, byte[] Nonce, string Created)
{
    /// <summary>The <c>wsu:Created</c> format: UTC, ISO 8601 with milliseconds and <c>Z</c>.</summary>
    public const string CreatedFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static UsernameToken Create(string login, string password, DateTimeOffset now)
    {
        var nonce = RandomNumberGenerator.GetBytes(16);
        var created = now.UtcDateTime.ToString(CreatedFormat, CultureInfo.InvariantCulture);
        return new UsernameToken(login, PuescPasswordDigest.Compute(nonce, created, password), nonce, created);
    }

    public XElement ToXml()
    {
        XNamespace wsse = SeapNames.Security, wsu = SeapNames.Utility;
        return new XElement(
            wsse + "UsernameToken",
            new XAttribute(wsu + "Id", "UsernameToken-" + Guid.NewGuid().ToString("N")),
            new XElement(wsse + "Username", Login),
            new XElement(wsse + "Password", new XAttribute("Type", SeapNames.PasswordDigestType), Digest),
            new XElement(wsse + "Nonce", new XAttribute("EncodingType", SeapNames.Base64EncodingType), Convert.ToBase64String(Nonce)),
            new XElement(wsu + "Created", Created));
    }
}
