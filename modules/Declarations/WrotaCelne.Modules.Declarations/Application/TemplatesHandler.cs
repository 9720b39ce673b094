using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Templates;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>The organization's templates; another organization's template is "not found".</summary>
internal sealed class TemplatesHandler(IDeclarationsData data, DraftEditor editor, DraftStarter starter, TimeProvider clock) :
    IQueryHandler<ListTemplates, IReadOnlyList<TemplateSummaryDto>>,
    IQueryHandler<GetTemplate, TemplateDto>,
    ICommandHandler<CreateTemplate, TemplateDto>,
    ICommandHandler<SaveAsTemplate, TemplateDto>,
    ICommandHandler<UpdateTemplate, TemplateDto>,
    ICommandHandler<DeleteTemplate, bool>,
    ICommandHandler<CreateFromTemplate, DraftDto>
{
    public async Task<IReadOnlyList<TemplateSummaryDto>> HandleAsync(ListTemplates query, CancellationToken cancellationToken)
    {
        var templates = await data.Templates.AsNoTracking().Where(t => t.OrganizationId == query.Caller.OrganizationId).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return templates.Select(t => new TemplateSummaryDto(t.Id, t.Name, Family(t), t.UpdatedAtUtc, t.UpdatedBy)).ToList();
    }

    public async Task<TemplateDto> HandleAsync(GetTemplate query, CancellationToken cancellationToken) =>
        ToDto(await FindAsync(query.Caller, query.TemplateId, cancellationToken));

    public async Task<TemplateDto> HandleAsync(CreateTemplate command, CancellationToken cancellationToken)
    {
        if (command.Document is null)
        {
            throw new InvalidInputException("document", "document.required", "Send the declaration document.");
        }

        var template = DeclarationTemplate.Create(command.Caller.OrganizationId, command.Name, command.Document, command.Actor, clock.GetUtcNow().UtcDateTime);
        data.Templates.Add(template);
        await data.SaveChangesAsync(cancellationToken);
        return ToDto(template);
    }

    public async Task<TemplateDto> HandleAsync(SaveAsTemplate command, CancellationToken cancellationToken)
    {
        var declaration = await editor.FindAsync(command.Caller, command.DeclarationId, cancellationToken);
        var template = DeclarationTemplate.Create(command.Caller.OrganizationId, command.Name, declaration.Read(), command.Actor, clock.GetUtcNow().UtcDateTime);
        data.Templates.Add(template);
        await data.SaveChangesAsync(cancellationToken);
        return ToDto(template);
    }

    public async Task<TemplateDto> HandleAsync(UpdateTemplate command, CancellationToken cancellationToken)
    {
        if (command.Document is null)
        {
            throw new InvalidInputException("document", "document.required", "Send the declaration document.");
        }

        var template = await FindAsync(command.Caller, command.TemplateId, cancellationToken);
        template.Change(command.Name, command.Document, command.Actor, clock.GetUtcNow().UtcDateTime);
        await data.SaveChangesAsync(cancellationToken);
        return ToDto(template);
    }

    public async Task<bool> HandleAsync(DeleteTemplate command, CancellationToken cancellationToken)
    {
        data.Templates.Remove(await FindAsync(command.Caller, command.TemplateId, cancellationToken));
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<DraftDto> HandleAsync(CreateFromTemplate command, CancellationToken cancellationToken)
    {
        var template = await FindAsync(command.Caller, command.TemplateId, cancellationToken);
        var draft = await starter.StartAsync(
            new NewDraft(command.Caller, command.Actor, template.Family.ToString(), command.Lrn ?? "", command.BranchId, template.Read(), RevisionKind.CreatedFromTemplate, template.Name),
            cancellationToken);
        return draft.ToDto();
    }

    private async Task<DeclarationTemplate> FindAsync(CallerScope caller, Guid templateId, CancellationToken cancellationToken) =>
        await data.Templates.SingleOrDefaultAsync(t => t.Id == templateId && t.OrganizationId == caller.OrganizationId, cancellationToken)
        ?? throw new NotFoundException("The template");

    private static string Family(DeclarationTemplate t) => t.Family.ToString().ToLowerInvariant();

    private static TemplateDto ToDto(DeclarationTemplate t) => new(t.Id, t.Name, Family(t), t.UpdatedAtUtc, t.UpdatedBy, t.Read());
}
