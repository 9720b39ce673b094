using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>A role an organization composes from permissions, next to the built-in ones.</summary>
internal sealed class CustomRole
{
    public const int NameMaxLength = 60;

    private CustomRole()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Users hold a role by name, so the name is fixed once the role exists.</summary>
    public string Name { get; private set; } = "";

    public List<string> Permissions { get; private set; } = [];

    public static CustomRole Create(InputErrors errors, Guid organizationId, string? name, IReadOnlyCollection<string> permissions)
    {
        errors.Require("name", name, NameMaxLength);
        if (BuiltInRoles.IsBuiltIn(name?.Trim() ?? ""))
        {
            errors.Add("name", "role.builtIn", "This name belongs to a built-in role.");
        }

        return new CustomRole { Id = Guid.CreateVersion7(), OrganizationId = organizationId, Name = name?.Trim() ?? "", Permissions = [.. permissions.Distinct().Order(StringComparer.Ordinal)] };
    }

    public void Grant(IReadOnlyCollection<string> permissions) => Permissions = [.. permissions.Distinct().Order(StringComparer.Ordinal)];
}
