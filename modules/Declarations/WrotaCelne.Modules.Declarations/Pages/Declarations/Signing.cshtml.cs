using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using WrotaCelne.Modules.Declarations.Resources;

namespace WrotaCelne.Modules.Declarations.Pages.Declarations;

/// <summary>The organization's signing certificates: list with expiry; add, replace, limit and remove for those who manage them; a test signature for those who sign.</summary>
[Authorize(Policy = "permission:" + DeclarationsPermissions.View)]
[RequestSizeLimit(AddKeyFileCredential.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = AddKeyFileCredential.MaxBytes + (64 * 1024))]
internal sealed class SigningModel(IDeclarationsModule declarations, IAccountsModule accounts, IStringLocalizer<DeclarationsResources> text) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Module { get; set; }

    [BindProperty]
    public string? TokenLabel { get; set; }

    [BindProperty]
    public string? KeyLabel { get; set; }

    [BindProperty]
    public string? Pin { get; set; }

    [BindProperty]
    public bool KeepPin { get; set; } = true;

    [BindProperty]
    public List<Guid> AllowedUserIds { get; set; } = [];

    [BindProperty]
    public string? Secret { get; set; }

    public IReadOnlyList<SigningCredentialDto> Credentials { get; private set; } = [];

    public IReadOnlyList<MemberDto> Members { get; private set; } = [];

    public IReadOnlyList<string> Modules { get; private set; } = [];

    /// <summary>The credential a form row posted for, so its errors show next to it.</summary>
    public Guid? Focus { get; private set; }

    public SignatureDto? TestResult { get; private set; }

    public string? Done { get; private set; }

    public bool MayManage => AccessPolicies.Holds(User, DeclarationsPermissions.ManageCredentials);

    public bool MaySign => AccessPolicies.Holds(User, DeclarationsPermissions.Sign);

    /// <summary>The error messages of one field of one form, e.g. <c>KeyFile.Password</c>; <c>Test</c> alone: every error of the test form.</summary>
    public string Errors(string key) =>
        string.Join(" ", ModelState.Where(e => e.Key == key || (key == "Test" && e.Key.StartsWith("Test", StringComparison.Ordinal))).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage));

    public string MemberName(Guid id) => Members.FirstOrDefault(m => m.Id == id)?.DisplayName ?? id.ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddKeyFileAsync(CancellationToken cancellationToken) =>
        ManageAsync("KeyFile", null, async ct =>
        {
            var content = await ReadUploadAsync("KeyFile", ct);
            if (content is null)
            {
                return;
            }

            var added = await declarations.ExecuteCommandAsync(new AddKeyFileCredential(User.Scope(), User.Actor(), Name ?? "", content, Password, AllowedUserIds), ct);
            Done = text["Signing.Added", added.Name];
        }, cancellationToken);

    public Task<IActionResult> OnPostAddPkcs11Async(CancellationToken cancellationToken) =>
        ManageAsync("Pkcs11", null, async ct =>
        {
            var added = await declarations.ExecuteCommandAsync(
                new AddPkcs11Credential(User.Scope(), User.Actor(), Name ?? "", Module ?? "", TokenLabel ?? "", KeyLabel ?? "", Pin, KeepPin, AllowedUserIds), ct);
            Done = text["Signing.Added", added.Name];
        }, cancellationToken);

    public Task<IActionResult> OnPostReplaceAsync(Guid credentialId, CancellationToken cancellationToken) =>
        ManageAsync("Replace", credentialId, async ct =>
        {
            var content = await ReadUploadAsync("Replace", ct);
            if (content is null)
            {
                return;
            }

            var replaced = await declarations.ExecuteCommandAsync(new ReplaceKeyFile(User.Scope(), User.Actor(), credentialId, content, Password), ct);
            Done = text["Signing.Replaced", replaced.Name];
        }, cancellationToken);

    public Task<IActionResult> OnPostUsersAsync(Guid credentialId, CancellationToken cancellationToken) =>
        ManageAsync("Users", credentialId, async ct =>
        {
            var changed = await declarations.ExecuteCommandAsync(new UpdateSigningCredential(User.Scope(), User.Actor(), credentialId, Name ?? "", AllowedUserIds), ct);
            Done = text["Signing.Changed", changed.Name];
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid credentialId, CancellationToken cancellationToken) =>
        ManageAsync("Remove", credentialId, async ct =>
        {
            await declarations.ExecuteCommandAsync(new RemoveSigningCredential(User.Scope(), User.Actor(), credentialId), ct);
            Done = text["Signing.Removed"];
        }, cancellationToken);

    public async Task<IActionResult> OnPostTestAsync(Guid credentialId, CancellationToken cancellationToken)
    {
        if (!MaySign)
        {
            return Forbid();
        }

        Focus = credentialId;
        SignatureDto? result = null;
        if (await ModelState.TryExecuteAsync(
                "Test",
                async () => result = await declarations.ExecuteCommandAsync(new TestSign(User.Scope(), User.Actor(), credentialId, Secret), cancellationToken),
                text))
        {
            TestResult = result;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> ManageAsync(string form, Guid? credentialId, Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        if (!MayManage)
        {
            return Forbid();
        }

        Focus = credentialId;
        await ModelState.TryExecuteAsync(form, () => action(cancellationToken), text);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<byte[]?> ReadUploadAsync(string form, CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(form + ".KeyFile", text["Error.credential.keyFileRequired"]);
            return null;
        }

        await using var stream = Upload.OpenReadStream();
        var content = await BoundedBody.ReadAsync(stream, AddKeyFileCredential.MaxBytes, cancellationToken);
        if (content is null)
        {
            ModelState.AddModelError(form + ".KeyFile", text["Error.credential.keyFileTooLarge", AddKeyFileCredential.MaxBytes / 1024]);
        }

        return content;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var scope = User.Scope();
        Credentials = await declarations.ExecuteQueryAsync(new ListSigningCredentials(scope), cancellationToken);
        if (MayManage)
        {
            Members = (await accounts.ExecuteQueryAsync(new ListOrganizationMembers(scope.OrganizationId), cancellationToken)).Where(m => !m.Disabled).ToList();
            Modules = await declarations.ExecuteQueryAsync(new ListPkcs11Modules(), cancellationToken);
        }
    }
}
