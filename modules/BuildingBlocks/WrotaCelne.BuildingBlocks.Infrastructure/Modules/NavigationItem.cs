namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// A link a module contributes to the UI shell. The title is looked up in <paramref name="ResourceSource"/>'s
/// string resources under <paramref name="TitleKey"/> for the current UI culture.
/// </summary>
/// <param name="OperatorOnly">Shown to platform operators only.</param>
/// <param name="Permission">Shown only to users holding this permission.</param>
public sealed record NavigationItem(string Path, Type ResourceSource, string TitleKey, int Order, bool OperatorOnly = false, string? Permission = null)
{
    public bool IsVisibleTo(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (!OperatorOnly || user.HasClaim(AccessPolicies.PlatformOperatorClaim, "true"))
            && (Permission is null || AccessPolicies.Holds(user, Permission));
    }
}
