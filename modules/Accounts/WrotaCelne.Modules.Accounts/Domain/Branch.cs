using System.Text.RegularExpressions;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>
/// A branch (oddział) of an organization with its own address. Its short code goes into LRN masks
/// ({BRANCH}); users may be limited to some branches.
/// </summary>
internal sealed partial class Branch
{
    public const int NameMaxLength = 120;

    private Branch()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public PostalAddress Address { get; private set; } = new("", "", "", "");

    public static Branch Create(InputErrors errors, Guid organizationId, string? code, string? name, PostalAddress address)
    {
        var branch = new Branch { Id = Guid.CreateVersion7(), OrganizationId = organizationId };
        branch.Update(errors, code, name, address);
        return branch;
    }

    public void Update(InputErrors errors, string? code, string? name, PostalAddress address)
    {
        errors.Require("name", name, NameMaxLength);
        var normalizedCode = code?.Trim().ToUpperInvariant() ?? "";
        if (!CodeFormat().IsMatch(normalizedCode))
        {
            errors.Add("code", "branch.code.invalid", "The branch code has 1 to 10 letters or digits.");
        }

        Code = normalizedCode;
        Name = name?.Trim() ?? "";
        Address = address;
    }

    [GeneratedRegex("^[A-Z0-9]{1,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFormat();
}
