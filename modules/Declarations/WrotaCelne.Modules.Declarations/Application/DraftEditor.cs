using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Saves a new version of a draft with its history entry; its parties and goods are learnt into the address book and catalogue.</summary>
internal sealed class DraftEditor(IDeclarationsData data, AddressBookLearning learning, TimeProvider clock)
{
    public async Task<Declaration> FindAsync(CallerScope caller, Guid declarationId, CancellationToken cancellationToken) =>
        await data.Declarations.WithinReachOf(caller).SingleOrDefaultAsync(d => d.Id == declarationId, cancellationToken)
        ?? throw new NotFoundException("The declaration");

    public async Task<Declaration> SaveAsync(CallerScope caller, Actor actor, Guid declarationId, int revision, Func<CustomsDeclaration, CustomsDeclaration> change, CancellationToken cancellationToken)
    {
        // Two drafts saved at once may both learn the same new contractor or goods: the second meets the unique index,
        // and trying again finds the entry the first one added.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TrySaveAsync(caller, actor, declarationId, revision, change, cancellationToken);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && attempt < 3 && !cancellationToken.IsCancellationRequested)
            {
                data.DiscardChanges();
            }
        }
    }

    private async Task<Declaration> TrySaveAsync(CallerScope caller, Actor actor, Guid declarationId, int revision, Func<CustomsDeclaration, CustomsDeclaration> change, CancellationToken cancellationToken)
    {
        var declaration = await FindAsync(caller, declarationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = declaration.Edit(actor, revision, change(declaration.Read()), now);
        if (changes.Count == 0)
        {
            return declaration;
        }

        data.Revisions.Add(DeclarationRevision.Record(declaration, actor, RevisionKind.Edited, null, changes, now));
        await learning.LearnAsync(caller.OrganizationId, declaration.Read(), now, cancellationToken);
        try
        {
            await UniqueSave.SaveAsync(
                data.SaveChangesAsync,
                ct => data.Declarations.AnyAsync(d => d.Id != declaration.Id && d.OrganizationId == declaration.OrganizationId && d.Lrn == declaration.Lrn, ct),
                () => new ConflictException("lrn", "lrn.taken", "This LRN is already used by another declaration of the organization."),
                cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("revision", "declaration.changed", "Someone saved this declaration in the meantime; reload it to see their changes.");
        }

        return declaration;
    }
}
