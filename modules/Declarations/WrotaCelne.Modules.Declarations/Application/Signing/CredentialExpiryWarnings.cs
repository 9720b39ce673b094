using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;
using WrotaCelne.Modules.Declarations.Contracts;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// Warns the people who manage an organization's credentials 30 and 7 days before a certificate expires, in the
/// application and by e-mail; each threshold once per certificate (a replaced key starts again).
/// </summary>
internal sealed class CredentialExpiryWarnings(IDeclarationsData data, IAccountsModule accounts, TimeProvider clock)
{
    public const string Topic = "signing.credential-expiring";

    /// <returns>How many warnings were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(CredentialMapping.ExpiringDays + 1);
        var candidates = await data.SigningCredentials.Where(c => c.NotAfterUtc > now && c.NotAfterUtc <= horizon).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var credential in candidates)
        {
            if (credential.DueExpiryWarning(now) is not { } threshold)
            {
                continue;
            }

            var days = credential.DaysLeft(now);
            var until = WarsawTime.Show(credential.NotAfterUtc);
            await accounts.ExecuteCommandAsync(
                new NotifyOrganization(
                    credential.OrganizationId,
                    DeclarationsPermissions.ManageCredentials,
                    Topic,
                    new LocalizedText($"Certyfikat „{credential.Name}” wygasa za {days} dni", $"Certificate \"{credential.Name}\" expires in {days} days"),
                    new LocalizedText(
                        $"Certyfikat {credential.Subject} (poświadczenie „{credential.Name}”) jest ważny do {until}. Po tej dacie nie podpisze zgłoszeń: wymień plik klucza lub kartę na stronie Certyfikaty do podpisu.",
                        $"Certificate {credential.Subject} (credential \"{credential.Name}\") is valid until {until}. After that it cannot sign declarations: replace the key file or card on the Signing certificates page."),
                    "/declarations/signing"),
                cancellationToken);
            credential.MarkExpiryWarned(threshold);
            await data.SaveChangesAsync(cancellationToken); // one by one: a failure later does not warn the earlier ones twice
            sent++;
        }

        return sent;
    }
}
