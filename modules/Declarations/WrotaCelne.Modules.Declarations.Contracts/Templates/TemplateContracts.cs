using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Contracts.Templates;

/// <summary>A template of the organization: a declaration without LRN or MRN to start new drafts from.</summary>
public sealed record TemplateDto(Guid Id, string Name, string Family, DateTime UpdatedAtUtc, string UpdatedBy, CustomsDeclaration Document);

/// <summary>A line of the templates list.</summary>
public sealed record TemplateSummaryDto(Guid Id, string Name, string Family, DateTime UpdatedAtUtc, string UpdatedBy);

public sealed record ListTemplates(CallerScope Caller) : IQuery<IReadOnlyList<TemplateSummaryDto>>;

public sealed record GetTemplate(CallerScope Caller, Guid TemplateId) : IQuery<TemplateDto>;

/// <summary>Creates a template from a document.</summary>
public sealed record CreateTemplate(CallerScope Caller, Actor Actor, string Name, CustomsDeclaration Document) : ICommand<TemplateDto>;

/// <summary>Saves a declaration (any status, within reach) as a new template.</summary>
public sealed record SaveAsTemplate(CallerScope Caller, Actor Actor, Guid DeclarationId, string Name) : ICommand<TemplateDto>;

/// <summary>Renames a template and replaces its document.</summary>
public sealed record UpdateTemplate(CallerScope Caller, Actor Actor, Guid TemplateId, string Name, CustomsDeclaration Document) : ICommand<TemplateDto>;

public sealed record DeleteTemplate(CallerScope Caller, Guid TemplateId) : ICommand<bool>;

/// <summary>Starts a draft from a template; LRN empty: the mask's next number.</summary>
public sealed record CreateFromTemplate(CallerScope Caller, Actor Actor, Guid TemplateId, string Lrn, Guid? BranchId = null) : ICommand<DraftDto>;
