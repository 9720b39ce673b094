using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class GetDraftHandler(IDeclarationsData data) : IQueryHandler<GetDraft, DraftDto>
{
    public async Task<DraftDto> HandleAsync(GetDraft query, CancellationToken cancellationToken)
    {
        var draft = await data.Declarations.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == query.DraftId && d.OrganizationId == query.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        return draft.ToDto();
    }
}
