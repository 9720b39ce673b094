namespace WrotaCelne.Modules.Accounts.Pages.Shared;

internal sealed class UserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; } = "Operator";

    public List<Guid> BranchIds { get; set; } = [];
}
