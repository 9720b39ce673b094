using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class CreateDraftHandler(DraftStarter starter) : ICommandHandler<CreateDraft, DraftDto>
{
    public async Task<DraftDto> HandleAsync(CreateDraft command, CancellationToken cancellationToken)
    {
        var draft = await starter.StartAsync(
            new NewDraft(command.Caller, command.Actor, command.Family, command.Lrn, command.BranchId, command.Document, RevisionKind.Created, null), cancellationToken);
        return draft.ToDto();
    }
}
