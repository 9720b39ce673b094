using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// Tells the person who prepared a declaration what the administration answered (receipt, MRN, release, rejection),
/// in the application and by e-mail where configured. Other moves (exit, write-off) show on the declaration only.
/// </summary>
internal sealed class AnswerNotifications(IAccountsModule accounts)
{
    public const string Topic = "declarations.answer";

    public async Task StatusChangedAsync(Declaration declaration, int errors, CancellationToken cancellationToken)
    {
        var text = declaration.Status switch
        {
            DeclarationStatus.Receipt => (new LocalizedText($"Zgłoszenie {declaration.Lrn} przyjęte przez bramkę (UPO)", $"Declaration {declaration.Lrn} taken by the gateway (UPO)"), new LocalizedText("Bramka potwierdziła odbiór; czekamy na MRN.", "The gateway confirmed receipt; the MRN is awaited.")),
            DeclarationStatus.MrnAllocated => (new LocalizedText($"Zgłoszenie {declaration.Lrn}: nadano MRN {declaration.Mrn}", $"Declaration {declaration.Lrn}: MRN {declaration.Mrn} allocated"), new LocalizedText($"Urząd nadał numer MRN {declaration.Mrn}.", $"The office allocated MRN {declaration.Mrn}.")),
            DeclarationStatus.Released => (new LocalizedText($"Zgłoszenie {declaration.Lrn} ({declaration.Mrn}): zwolnione", $"Declaration {declaration.Lrn} ({declaration.Mrn}): released"), new LocalizedText("Towary zwolniono; dokument towarzyszący można pobrać.", "The goods were released; the accompanying document can be downloaded.")),
            DeclarationStatus.Rejected => (new LocalizedText($"Zgłoszenie {declaration.Lrn} odrzucone", $"Declaration {declaration.Lrn} rejected"), new LocalizedText($"Administracja odrzuciła zgłoszenie ({errors} błędów); błędy są przy polach formularza.", $"The administration rejected the declaration ({errors} errors); the errors are shown at the form's fields.")),
            DeclarationStatus.NotReleased => (new LocalizedText($"Zgłoszenie {declaration.Lrn}: odmowa zwolnienia", $"Declaration {declaration.Lrn}: not released"), new LocalizedText("Urząd odmówił zwolnienia towarów.", "The office did not release the goods.")),
            _ => ((LocalizedText Subject, LocalizedText Body)?)null,
        };
        if (text is not { } t)
        {
            return;
        }

        await accounts.ExecuteCommandAsync(
            new NotifyOrganization(declaration.OrganizationId, DeclarationsPermissions.View, Topic, t.Subject, t.Body, $"/declarations/{declaration.Id}", [declaration.CreatedById]),
            cancellationToken);
    }
}
