using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Audit;

namespace WrotaCelne.Modules.Accounts.Pages.Accounts;

[Authorize(Policy = AccessPolicies.PlatformOperator)]
internal sealed class AuditModel(IAccountsModule accounts) : PageModel
{
    [FromQuery]
    public DateTime? FromUtc { get; set; }

    [FromQuery]
    public DateTime? ToUtc { get; set; }

    [FromQuery]
    public string? Action { get; set; }

    [FromQuery]
    public string? Text { get; set; }

    public IReadOnlyList<AuditEntryDto> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await accounts.ExecuteQueryAsync(new ListPlatformAuditEntries(FromUtc, ToUtc, Action, Text), cancellationToken);
}
