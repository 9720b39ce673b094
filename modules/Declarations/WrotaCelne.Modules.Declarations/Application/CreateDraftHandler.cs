using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class CreateDraftHandler(IDeclarationsData data, TimeProvider clock) : ICommandHandler<CreateDraft, DraftDto>
{
    public async Task<DraftDto> HandleAsync(CreateDraft command, CancellationToken cancellationToken)
    {
        var draft = Declaration.StartDraft(command.OrganizationId, command.Family, command.Lrn, clock.GetUtcNow().UtcDateTime);
        data.Declarations.Add(draft);
        await UniqueSave.SaveAsync(
            data.SaveChangesAsync,
            ct => data.Declarations.AnyAsync(d => d.Id != draft.Id && d.OrganizationId == draft.OrganizationId && d.Lrn == draft.Lrn, ct),
            () => new ConflictException("lrn", "lrn.taken", "This LRN is already used by another declaration of the organization."),
            cancellationToken);
        return draft.ToDto();
    }
}
