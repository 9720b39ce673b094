using System.Globalization;
using Microsoft.Extensions.Options;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Mail;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// Delivers a handed-out password to its owner by e-mail, in Polish and English, when the install has
/// an SMTP server. The password still has to be replaced at first sign-in and expires in days, so the
/// mailbox holds nothing lasting. Sent after the account is saved; a failure is reported, never thrown.
/// </summary>
internal sealed class CredentialsMail(IMailSender mail, IOptions<MailOptions> options)
{
    public Task<bool> SendAsync(UserAccount user, string password, string? organizationName, CancellationToken cancellationToken)
    {
        if (!mail.IsConfigured || user.Email is null)
        {
            return Task.FromResult(false);
        }

        var signIn = options.Value.PublicUrl is { Length: > 0 } publicUrl
            ? publicUrl.TrimEnd('/') + "/account/sign-in"
            : "(adres podany przez administratora / the address your administrator gave you)"; // never from a request's Host header
        var expires = WarsawTime.Show(user.PasswordExpiresAtUtc ?? DateTime.UtcNow);
        var where = organizationName is null ? "" : string.Create(CultureInfo.InvariantCulture, $" ({organizationName})");
        var body = $"""
            Dzień dobry,

            założono dla Pana/Pani konto w Wrota Celne{where}.
            Adres logowania: {signIn}
            E-mail: {user.Email}
            Hasło jednorazowe: {password}

            Hasło jest ważne do {expires} (czas warszawski); przy pierwszym logowaniu trzeba ustawić własne.

            ---

            Hello,

            an account in Wrota Celne{where} has been set up for you.
            Sign in at: {signIn}
            E-mail: {user.Email}
            One-time password: {password}

            The password is valid until {expires} (Warsaw time); at the first sign-in you choose your own.
            """;
        return mail.TrySendAsync(new OutgoingMail(user.Email, "Wrota Celne: dane logowania / sign-in details", body), cancellationToken);
    }
}
