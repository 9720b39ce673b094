using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Billing.Contracts;
using WrotaCelne.Modules.Billing.Contracts.Plans;

using WrotaCelne.Modules.Billing.Resources;

namespace WrotaCelne.Modules.Billing.Pages.Billing;

internal sealed class PlansModel(IBillingModule billing, IStringLocalizer<BillingResources> text) : PageModel
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public IReadOnlyList<PlanDto> Plans { get; private set; } = [];

    public bool Added { get; private set; }

    public async Task OnGetAsync(bool added, CancellationToken cancellationToken)
    {
        Added = added;
        Plans = await billing.ExecuteQueryAsync(new ListPlans(), cancellationToken);
    }

    /// <summary>The price list is public; the platform's staff edit it.</summary>
    public bool MayEdit => AccessPolicies.IsPlatformOperator(User);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayEdit)
        {
            return Forbid();
        }

        if (ModelState.IsValid)
        {
            var minor = (long)Math.Round((Input.MonthlyPrice ?? 0m) * 100m, MidpointRounding.AwayFromZero);
            var handled = await ModelState.TryExecuteAsync("Input", () =>
                billing.ExecuteCommandAsync(new CreatePlan(Input.Code ?? "", Input.Name ?? "", minor, (Input.Currency ?? "").ToUpperInvariant()), cancellationToken),
                text,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["monthlyPriceMinor"] = "MonthlyPrice" });
            if (handled)
            {
                return RedirectToPage(new { added = true });
            }
        }

        Plans = await billing.ExecuteQueryAsync(new ListPlans(), cancellationToken);
        return Page();
    }

    internal sealed class PlanInput
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public decimal? MonthlyPrice { get; set; }

        public string? Currency { get; set; } = "PLN";
    }
}
