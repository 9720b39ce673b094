using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>A declaration read-only, with its signatures and the history of its changes; signing a draft, copying starts a new draft from it.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
internal sealed class ViewModel(IDeclarationsModule declarations, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public Guid? CredentialId { get; set; }

    [BindProperty]
    public string? Secret { get; set; }

    public IReadOnlyList<SignatureDto> Signatures { get; private set; } = [];

    /// <summary>The credentials the user may sign this declaration with (only while it is a draft).</summary>
    public IReadOnlyList<SigningCredentialDto> Credentials { get; private set; } = [];

    public string? Done { get; private set; }

    /// <summary>Every message in and out, oldest first.</summary>
    public IReadOnlyList<ExchangeMessageDto> Messages { get; private set; } = [];

    /// <summary>A draft (signed on the way) or a signed declaration can be sent by those holding declarations.submit.</summary>
    public bool MaySubmit => Declaration.Status is "Draft" or "Signed" && AccessPolicies.Holds(User, DeclarationsPermissions.Submit)
        && (Declaration.Status == "Signed" || AccessPolicies.Holds(User, DeclarationsPermissions.Sign));

    public bool MayResend => Declaration.Status == "NeedsAttention" && AccessPolicies.Holds(User, DeclarationsPermissions.Submit);

    public bool MaySign => Declaration.Status == "Draft" && AccessPolicies.Holds(User, DeclarationsPermissions.Sign);

    public bool MayReturnToDraft => Declaration.Status == "Signed" && AccessPolicies.Holds(User, DeclarationsPermissions.Edit);

    public DeclarationDto Declaration { get; private set; } = null!;

    public IReadOnlyList<RevisionDto> History { get; private set; } = [];

    public bool MayEdit => Declaration.Editable && AccessPolicies.Holds(User, DeclarationsPermissions.Edit);

    public bool MayCopy => AccessPolicies.Holds(User, DeclarationsPermissions.Create);

    public string Label(string jsonPath) => Application.DeclarationLabels.Of(EditorFields.FieldOf(jsonPath), CultureInfo.CurrentUICulture);

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostSignAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!AccessPolicies.Holds(User, DeclarationsPermissions.Sign))
        {
            return Forbid();
        }

        SignatureDto? signed = null;
        if (await ModelState.TryExecuteAsync(
                "Sign",
                async () => signed = await declarations.ExecuteCommandAsync(new SignDeclaration(User.Scope(), User.Actor(), id, CredentialId ?? Guid.Empty, Secret), cancellationToken),
                text))
        {
            Done = text["Sign.Signed", signed!.CredentialName];
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!AccessPolicies.Holds(User, DeclarationsPermissions.Submit))
        {
            return Forbid();
        }

        if (await ModelState.TryExecuteAsync(
                "Sign",
                () => declarations.ExecuteCommandAsync(new SubmitDeclaration(User.Scope(), User.Actor(), id, CredentialId, Secret), cancellationToken),
                text))
        {
            Done = text["Send.Queued"];
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!AccessPolicies.Holds(User, DeclarationsPermissions.Submit))
        {
            return Forbid();
        }

        if (await ModelState.TryExecuteAsync("Sign", () => declarations.ExecuteCommandAsync(new ResendDeclaration(User.Scope(), User.Actor(), id), cancellationToken), text))
        {
            Done = text["Send.Queued"];
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!AccessPolicies.Holds(User, DeclarationsPermissions.Edit))
        {
            return Forbid();
        }

        await ModelState.TryExecuteAsync("Sign", () => declarations.ExecuteCommandAsync(new ReturnToDraft(User.Scope(), User.Actor(), id), cancellationToken), text);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Declaration = await declarations.ExecuteQueryAsync(new GetDraft(User.Scope(), id), cancellationToken);
        History = await declarations.ExecuteQueryAsync(new GetDeclarationHistory(User.Scope(), id), cancellationToken);
        Signatures = await declarations.ExecuteQueryAsync(new ListDeclarationSignatures(User.Scope(), id), cancellationToken);
        Messages = await declarations.ExecuteQueryAsync(new ListDeclarationMessages(User.Scope(), id), cancellationToken);
        if (MaySign || MaySubmit)
        {
            Credentials = (await declarations.ExecuteQueryAsync(new ListSigningCredentials(User.Scope(), User.Actor().UserId), cancellationToken)).Where(c => c.Status is "valid" or "expiring").ToList();
        }
    }

    public async Task<IActionResult> OnPostCopyAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!MayCopyNow())
        {
            return Forbid();
        }

        var copy = await declarations.ExecuteCommandAsync(new CopyDeclaration(User.Scope(), User.Actor(), id, ""), cancellationToken);
        return RedirectToPage("Edit", new { id = copy.Id });
    }

    private bool MayCopyNow() => AccessPolicies.Holds(User, DeclarationsPermissions.Create);
}
