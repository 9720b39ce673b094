using Microsoft.AspNetCore.Mvc;
using WrotaCelne.BuildingBlocks;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Support.Contracts;
using WrotaCelne.Modules.Support.Contracts.Training;

using WrotaCelne.Modules.Support.Resources;

namespace WrotaCelne.Modules.Support.Pages.Support;

internal sealed class TrainingModel(ISupportModule support, IStringLocalizer<SupportResources> text) : PageModel
{
    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public IReadOnlyList<TrainingSessionDto> Sessions { get; private set; } = [];

    public bool Scheduled { get; private set; }

    public async Task OnGetAsync(bool scheduled, CancellationToken cancellationToken)
    {
        Scheduled = scheduled;
        Sessions = await support.ExecuteQueryAsync(new ListUpcomingTrainingSessions(), cancellationToken);
    }

    /// <summary>Trainings are scheduled by the platform's staff; everyone sees the dates.</summary>
    public bool MaySchedule => AccessPolicies.IsPlatformOperator(User);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MaySchedule)
        {
            return Forbid();
        }

        var startsAtUtc = DateTime.MinValue;
        if (Input.StartsAt is { } startsAt && !WarsawTime.TryToUtc(startsAt, out startsAtUtc))
        {
            ModelState.AddModelError("Input.StartsAt", ModelStateExtensions.Localize(text, new FieldError("startsAt", "startsAt.nonexistent", "This time does not exist in Warsaw (clocks move forward that night).")));
        }

        if (ModelState.IsValid && await ModelState.TryExecuteAsync("Input", () =>
                support.ExecuteCommandAsync(
                    new ScheduleTrainingSession(Input.Title ?? "", Input.Kind ?? "", startsAtUtc, Input.DurationMinutes),
                    cancellationToken),
                text,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["startsAtUtc"] = "StartsAt" }))
        {
            return RedirectToPage(new { scheduled = true });
        }

        Sessions = await support.ExecuteQueryAsync(new ListUpcomingTrainingSessions(), cancellationToken);
        return Page();
    }

    internal sealed class SessionInput
    {
        public string? Title { get; set; }

        public string? Kind { get; set; } = "training";

        public DateTime? StartsAt { get; set; }

        public int DurationMinutes { get; set; } = 90;
    }
}
