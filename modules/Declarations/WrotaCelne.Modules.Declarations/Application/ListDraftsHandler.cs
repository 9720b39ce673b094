using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class ListDraftsHandler(IDeclarationsData data) : IQueryHandler<ListDrafts, IReadOnlyList<DraftDto>>
{
    public async Task<IReadOnlyList<DraftDto>> HandleAsync(ListDrafts query, CancellationToken cancellationToken)
    {
        var drafts = await data.Declarations.AsNoTracking()
            .WithinReachOf(query.Caller)
            .OrderByDescending(d => d.CreatedAtUtc)
            .Take(200)
            .ToListAsync(cancellationToken);
        return drafts.Select(d => d.ToDto()).ToList();
    }
}
