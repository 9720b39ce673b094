using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>Writes audit entries at once (their own save), so a record survives whatever the caller does next.</summary>
internal interface IAuditTrail
{
    /// <summary>Records an event by or about <paramref name="user"/> (null when the person is unknown, e.g. a sign-in with an unknown e-mail).</summary>
    Task RecordAsync(string action, UserAccount? user, string actorFallback, string details, CancellationToken cancellationToken);

    /// <summary>Records, in the organization's log, something the signed-in person (its administrator, or an operator) did to it.</summary>
    Task RecordOrganizationAsync(string action, Guid organizationId, string details, CancellationToken cancellationToken);

    /// <summary>Records a platform action of the signed-in operator about an organization.</summary>
    Task RecordPlatformAsync(string action, string details, CancellationToken cancellationToken);
}
