using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>The organization's way to the customs gateway: the environment and the PUESC login.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class GatewayModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public string? Environment { get; set; }

    [BindProperty]
    public string? Login { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public GatewaySettingsDto Settings { get; private set; } = null!;

    public bool Saved { get; private set; }

    public bool MayManage => AccessPolicies.Holds(User, DeclarationsPermissions.ManageSettings);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Settings = await declarations.ExecuteQueryAsync(new GetGatewaySettings(User.Scope()), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayManage)
        {
            return Forbid();
        }

        Saved = await ModelState.TryExecuteAsync(
            "",
            () => declarations.ExecuteCommandAsync(new SetGatewaySettings(User.Scope(), User.Actor(), Environment ?? "", Login, Password), cancellationToken),
            text);
        Settings = await declarations.ExecuteQueryAsync(new GetGatewaySettings(User.Scope()), cancellationToken);
        return Page();
    }
}
