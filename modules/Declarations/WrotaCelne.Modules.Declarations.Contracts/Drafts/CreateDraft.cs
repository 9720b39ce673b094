using WrotaCelne.BuildingBlocks;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>
/// Starts a declaration draft. The LRN (local reference number, up to 22 characters) is unique within
/// the organization; left empty, the next number of the organization's LRN mask is given. A caller
/// limited to branches must put it in one of them. A document may come with it (an ERP's data).
/// </summary>
public sealed record CreateDraft(CallerScope Caller, Actor Actor, string Family, string Lrn, Guid? BranchId = null, CustomsDeclaration? Document = null) : ICommand<DraftDto>;
