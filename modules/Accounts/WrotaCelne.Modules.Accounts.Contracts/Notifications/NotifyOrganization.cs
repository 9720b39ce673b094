using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Notifications;

/// <summary>Polish and English text of one notification; pages show the current UI culture's, e-mail carries both (Polish first).</summary>
public sealed record LocalizedText(string Polish, string English);

/// <summary>
/// Notifies the enabled users of an organization who hold Permission (and, when UserIds is given, only those of them);
/// stored per recipient for the in-app list and e-mailed when an SMTP server is configured and Mail is true.
/// </summary>
public sealed record NotifyOrganization(Guid OrganizationId, string Permission, string Topic, LocalizedText Subject, LocalizedText Body, string? Link, IReadOnlyList<Guid>? UserIds = null, bool Mail = true) : ICommand<int>;
