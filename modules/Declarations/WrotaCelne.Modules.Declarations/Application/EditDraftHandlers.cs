using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Edits of a draft: the whole document, one party from the address book, goods from the catalogue.</summary>
internal sealed class EditDraftHandlers(DraftEditor editor, IDeclarationsData data, TimeProvider clock)
    : ICommandHandler<UpdateDraft, DeclarationDto>, ICommandHandler<FillPartyFromContractor, DeclarationDto>, ICommandHandler<AddGoodsFromCatalogue, DeclarationDto>
{
    public async Task<DeclarationDto> HandleAsync(UpdateDraft command, CancellationToken cancellationToken)
    {
        await editor.FindAsync(command.Caller, command.DeclarationId, cancellationToken); // another organization's id is "not found" whatever the body
        if (command.Document is null)
        {
            throw new InvalidInputException("document", "document.required", "Send the declaration document.");
        }

        var saved = await editor.SaveAsync(command.Caller, command.Actor, command.DeclarationId, command.Revision, _ => command.Document, cancellationToken);
        return saved.ToDetailDto();
    }

    public async Task<DeclarationDto> HandleAsync(FillPartyFromContractor command, CancellationToken cancellationToken)
    {
        await editor.FindAsync(command.Caller, command.DeclarationId, cancellationToken);
        var role = command.Role?.Trim().ToLowerInvariant() ?? "";
        if (!PartyRole.All.Contains(role))
        {
            throw new InvalidInputException("role", "party.role", "Use one of: " + string.Join(", ", PartyRole.All) + ".");
        }

        var contractor = await data.Contractors.SingleOrDefaultAsync(c => c.Id == command.ContractorId && c.OrganizationId == command.Caller.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The contractor");
        contractor.Used(clock.GetUtcNow().UtcDateTime);
        var saved = await editor.SaveAsync(command.Caller, command.Actor, command.DeclarationId, command.Revision, document =>
        {
            PartyRoles.TrySet(document.Parties, role, contractor.ToParty());
            return document;
        }, cancellationToken);
        return saved.ToDetailDto();
    }

    public async Task<DeclarationDto> HandleAsync(AddGoodsFromCatalogue command, CancellationToken cancellationToken)
    {
        await editor.FindAsync(command.Caller, command.DeclarationId, cancellationToken);
        var ids = command.CatalogueIds ?? [];
        if (ids.Count is 0 or > 999)
        {
            throw new InvalidInputException("catalogueIds", "goods.choose", "Choose 1 to 999 goods of the catalogue.");
        }

        var found = await data.CatalogueGoods.Where(g => g.OrganizationId == command.Caller.OrganizationId && ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);
        if (ids.Any(id => !found.ContainsKey(id)))
        {
            throw new NotFoundException("The catalogue goods");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var saved = await editor.SaveAsync(command.Caller, command.Actor, command.DeclarationId, command.Revision, document =>
        {
            var next = document.Items.Count == 0 ? 1 : document.Items.Max(i => i.Number) + 1;
            foreach (var id in ids)
            {
                found[id].Used(now);
                document.Items.Add(found[id].ToItem(next++));
            }

            return document;
        }, cancellationToken);
        return saved.ToDetailDto();
    }
}

/// <summary>Copies of declarations: a new draft with the same document and a new LRN.</summary>
internal sealed class CopyDeclarationHandler(DraftEditor editor, DraftStarter starter) : ICommandHandler<CopyDeclaration, DraftDto>
{
    public async Task<DraftDto> HandleAsync(CopyDeclaration command, CancellationToken cancellationToken)
    {
        var source = await editor.FindAsync(command.Caller, command.DeclarationId, cancellationToken);
        var document = source.Read();
        document.Lrn = null;
        var copy = await starter.StartAsync(
            new NewDraft(command.Caller, command.Actor, source.Family.ToString(), command.Lrn ?? "", command.BranchId ?? source.BranchId, document, RevisionKind.CopiedFrom, source.Lrn),
            cancellationToken);
        return copy.ToDto();
    }
}
