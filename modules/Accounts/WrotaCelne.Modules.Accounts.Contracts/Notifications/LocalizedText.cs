namespace WrotaCelne.Modules.Accounts.Contracts.Notifications;

/// <summary>Polish and English text of one notification; pages show the current UI culture's, e-mail carries both (Polish first).</summary>
public sealed record LocalizedText(string Polish, string English);
