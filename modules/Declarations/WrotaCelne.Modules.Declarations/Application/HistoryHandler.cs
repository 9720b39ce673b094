using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class HistoryHandler(IDeclarationsData data) : IQueryHandler<GetDeclarationHistory, IReadOnlyList<RevisionDto>>
{
    public async Task<IReadOnlyList<RevisionDto>> HandleAsync(GetDeclarationHistory query, CancellationToken cancellationToken)
    {
        var id = await data.Declarations.AsNoTracking().WithinReachOf(query.Caller).Where(d => d.Id == query.DeclarationId).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var revisions = await data.Revisions.AsNoTracking().Where(r => r.DeclarationId == id).OrderByDescending(r => r.Number).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);
        return revisions
            .Select(r => new RevisionDto(
                r.Number,
                r.AtUtc,
                r.UserName,
                char.ToLowerInvariant(r.Kind.ToString()[0]) + r.Kind.ToString()[1..],
                r.Detail,
                r.ReadChanges().Select(c => new FieldChangeDto(c.Path, c.Before, c.After)).ToList(),
                r.OmittedChanges))
            .ToList();
    }
}
