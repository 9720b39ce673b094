using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Notifications;

/// <summary>
/// Notifies the enabled users of an organization who hold <paramref name="Permission"/> (and, when <paramref name="UserIds"/>
/// is given, only those of them); stored per recipient for the in-app list and e-mailed when an SMTP server is configured
/// and <paramref name="Mail"/> is true. Answers how many users were notified. Runs without a signed-in user (called from
/// jobs of other modules).
/// </summary>
/// <param name="Topic">A machine code (e.g. <c>signing.credential-expiring</c>) for filtering.</param>
/// <param name="Link">A site-relative URL (starts with "/", not "//") or null; anything else is refused.</param>
public sealed record NotifyOrganization(
    Guid OrganizationId, string Permission, string Topic, LocalizedText Subject, LocalizedText Body, string? Link, IReadOnlyList<Guid>? UserIds = null, bool Mail = true)
    : ICommand<int>;
