using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Audit;

namespace WrotaCelne.Modules.Accounts.Pages.Accounts;

/// <summary>Operators read platform events; an organization's administrators and auditors read its own log.</summary>
[Authorize(Policy = AccessPolicies.SignedIn)]
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

    public bool Platform => AccessPolicies.IsPlatformOperator(User);

    public string ExportPath => Platform ? "/api/v1/admin/audit/export.csv" : "/api/v1/audit/export.csv";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Platform)
        {
            Entries = await accounts.ExecuteQueryAsync(new ListPlatformAuditEntries(FromUtc, ToUtc, Action, Text), cancellationToken);
        }
        else if (AccessPolicies.Holds(User, AccountsPermissions.ViewAudit))
        {
            Entries = await accounts.ExecuteQueryAsync(new ListOrganizationAuditEntries(FromUtc, ToUtc, Action, Text), cancellationToken);
        }
        else
        {
            return Forbid();
        }

        return Page();
    }
}
