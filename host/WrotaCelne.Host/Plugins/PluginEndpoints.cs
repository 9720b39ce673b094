using WrotaCelne.BuildingBlocks.Infrastructure.Modules;

namespace WrotaCelne.Host.Plugins;

internal static class PluginEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/admin/plugins", (PluginCatalog catalog) => TypedResults.Ok(catalog.Plugins.Select(ToDto).ToList()))
            .WithTags("Administration")
            .WithName("ListPlugins")
            .WithSummary("Lists every plugin folder with its status and the reason for it (platform operators).")
            .RequireAuthorization(AccessPolicies.PlatformOperator);

    private static PluginStatusDto ToDto(LoadedPlugin p) =>
        new(p.Id, Path.GetFileName(p.Folder), p.Kind, p.Version, p.Publisher, p.Status.ToString(), p.Reason, p.Instance?.DisplayName, p.Capabilities);
}

/// <summary>A plugin as the admin API shows it.</summary>
public sealed record PluginStatusDto(string Id, string Folder, string? Kind, string? Version, string? Publisher, string Status, string Reason, string? DisplayName, object? Capabilities);
