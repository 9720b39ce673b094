using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class CreateDraftHandler(IDeclarationsData data, IAccountsModule accounts, TimeProvider clock) : ICommandHandler<CreateDraft, DraftDto>
{
    public async Task<DraftDto> HandleAsync(CreateDraft command, CancellationToken cancellationToken)
    {
        var branches = command.BranchId is null
            ? []
            : (await accounts.ExecuteQueryAsync(new ListOrganizationBranches(command.Caller.OrganizationId), cancellationToken)).Select(b => b.Id).ToList();
        var draft = Declaration.StartDraft(command.Caller, command.Family, command.Lrn, command.BranchId, branches, clock.GetUtcNow().UtcDateTime);
        data.Declarations.Add(draft);
        await UniqueSave.SaveAsync(
            data.SaveChangesAsync,
            ct => data.Declarations.AnyAsync(d => d.Id != draft.Id && d.OrganizationId == draft.OrganizationId && d.Lrn == draft.Lrn, ct),
            () => new ConflictException("lrn", "lrn.taken", "This LRN is already used by another declaration of the organization."),
            cancellationToken);
        return draft.ToDto();
    }
}
