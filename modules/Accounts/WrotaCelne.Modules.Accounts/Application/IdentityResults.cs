using Microsoft.AspNetCore.Identity;

namespace WrotaCelne.Modules.Accounts.Application;

internal static class IdentityResults
{
    /// <summary>Identity reports store failures as values; here they are bugs or lost races, so they stop the command.</summary>
    public static void Ensure(this IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
