using Microsoft.AspNetCore.Identity;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>Creates a user of an organization with a handed-out (one-time) password, saved with whatever the unit of work holds.</summary>
internal sealed class OrganizationUserFactory(UserManager<UserAccount> users, TimeProvider clock)
{
    public async Task<(UserAccount User, string Password)> CreateAsync(Guid organizationId, string email, string displayName, string role, IReadOnlyList<Guid> branchIds, string emailField)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new ConflictException(emailField, "email.taken", "A user with this e-mail address already exists.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var password = OneTimePassword.Generate();
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = displayName.Trim(),
            OrganizationId = organizationId,
            Role = role,
            BranchIds = [.. branchIds],
            CreatedAtUtc = now,
        };
        user.HandOutPassword(now);
        (await users.CreateAsync(user, password)).Ensure("The user could not be created");

        return (user, password);
    }
}
