using System.Net.Mail;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Application;

internal static class EmailAddress
{
    private const string Allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";

    /// <summary>Adds an error for <paramref name="field"/> unless <paramref name="value"/> is a usable address; returns it trimmed.</summary>
    public static string Check(InputErrors errors, string field, string? value)
    {
        var email = value?.Trim() ?? "";

        // A bare address only ("Jan <jan@x.pl>" parses too), in the characters a sign-in name may hold.
        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.All(Allowed.Contains))
        {
            errors.Add(field, "email.invalid", "Give a valid e-mail address.");
        }

        return email;
    }
}
