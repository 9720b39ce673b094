using System.Net.Mail;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Application;

internal static class EmailAddress
{
    /// <summary>Adds an error for <paramref name="field"/> unless <paramref name="value"/> is a usable address; returns it trimmed.</summary>
    public static string Check(InputErrors errors, string field, string? value)
    {
        var email = value?.Trim() ?? "";
        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out _))
        {
            errors.Add(field, "email.invalid", "Give a valid e-mail address.");
        }

        return email;
    }
}
