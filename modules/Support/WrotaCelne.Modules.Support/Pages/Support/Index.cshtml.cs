using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Support.Contracts;
using WrotaCelne.Modules.Support.Contracts.Helpdesk;
using WrotaCelne.Modules.Support.Contracts.Tickets;

using WrotaCelne.Modules.Support.Resources;

namespace WrotaCelne.Modules.Support.Pages.Support;

internal sealed class IndexModel(ISupportModule support, IStringLocalizer<SupportResources> text) : PageModel
{
    [BindProperty]
    public TicketInput Input { get; set; } = new();

    public HelpdeskStatusDto? Status { get; private set; }

    public TicketDto? Opened { get; private set; }

    /// <summary>Anyone sees the helpdesk hours; signed-in users of an organization with the permission open tickets.</summary>
    public bool MayOpenTickets => AccessPolicies.Holds(User, SupportPermissions.Tickets);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Status = await support.ExecuteQueryAsync(new GetHelpdeskStatus(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Status = await support.ExecuteQueryAsync(new GetHelpdeskStatus(), cancellationToken);
        if (!MayOpenTickets)
        {
            return Forbid();
        }

        TicketDto? opened = null;
        if (await ModelState.TryExecuteAsync("Input", async () =>
                opened = await support.ExecuteCommandAsync(new OpenTicket(User.OrganizationId(), Input.Subject ?? "", Input.Description ?? "", Input.ContactEmail ?? ""), cancellationToken),
                text))
        {
            Opened = opened;
            Input = new TicketInput { ContactEmail = Input.ContactEmail };
            ModelState.Clear();
        }

        return Page();
    }

    internal sealed class TicketInput
    {
        public string? Subject { get; set; }

        public string? Description { get; set; }

        public string? ContactEmail { get; set; }
    }
}
