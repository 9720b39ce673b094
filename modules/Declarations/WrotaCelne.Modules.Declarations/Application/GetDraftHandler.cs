using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class GetDraftHandler(IDeclarationsData data) : IQueryHandler<GetDraft, DeclarationDto>
{
    public async Task<DeclarationDto> HandleAsync(GetDraft query, CancellationToken cancellationToken)
    {
        var draft = await data.Declarations.AsNoTracking()
            .WithinReachOf(query.Caller)
            .SingleOrDefaultAsync(d => d.Id == query.DraftId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        return draft.ToDetailDto();
    }
}
