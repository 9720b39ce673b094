using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class DeleteDraftHandler(IDeclarationsData data) : ICommandHandler<DeleteDraft, bool>
{
    public async Task<bool> HandleAsync(DeleteDraft command, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.WithinReachOf(command.Caller).SingleOrDefaultAsync(d => d.Id == command.DraftId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        if (declaration.Status != DeclarationStatus.Draft)
        {
            throw new ConflictException("status", "declaration.notDraft", "Only drafts can be deleted; a declaration that was sent stays in the archive.");
        }

        data.Declarations.Remove(declaration);
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }
}
