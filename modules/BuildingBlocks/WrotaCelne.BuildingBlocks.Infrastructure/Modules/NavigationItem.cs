namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// A link a module contributes to the UI shell. The title is looked up in <paramref name="ResourceSource"/>'s
/// string resources under <paramref name="TitleKey"/> for the current UI culture.
/// </summary>
public sealed record NavigationItem(string Path, Type ResourceSource, string TitleKey, int Order, bool OperatorOnly = false);
