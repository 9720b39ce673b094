using System.Text.RegularExpressions;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// Every permission the enabled modules declare (each module lists its own in its Contracts and
/// returns them from its installer). Accounts builds roles from this catalogue.
/// </summary>
public sealed partial class PermissionCatalog
{
    public PermissionCatalog(IEnumerable<IModuleInstaller> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var permissions = new List<PermissionDefinition>();
        foreach (var module in modules)
        {
            var prefix = module.Name.ToLowerInvariant() + ".";
            foreach (var name in module.Permissions)
            {
                if (!Format().IsMatch(name) || !name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Module {module.Name} declares permission '{name}': permissions are lower-case, dotted and start with '{prefix}'.");
                }

                if (permissions.Any(p => p.Name == name))
                {
                    throw new InvalidOperationException($"Permission '{name}' is declared twice.");
                }

                permissions.Add(new PermissionDefinition(name, module.Name, module.Resources));
            }
        }

        All = permissions;
    }

    public IReadOnlyList<PermissionDefinition> All { get; }

    public bool Contains(string name) => All.Any(p => p.Name == name);

    [GeneratedRegex(@"^[a-z]+(\.[a-z][a-z-]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}

/// <summary>A permission, the module that declares it, and where its label (<c>Permission.&lt;name&gt;</c>) is.</summary>
public sealed record PermissionDefinition(string Name, string Module, Type LabelSource);
