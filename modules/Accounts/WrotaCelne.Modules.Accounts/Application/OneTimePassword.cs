using System.Security.Cryptography;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>Random passwords handed out once (20 characters from an alphabet without look-alikes, about 115 bits).</summary>
internal static class OneTimePassword
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 20);
}
