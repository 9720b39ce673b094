using WrotaCelne.BuildingBlocks;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>
/// Saves a new version of a draft. <paramref name="Revision"/> is the revision the caller started from: when
/// someone saved in the meantime the edit is refused (409), never silently overwritten. Sent declarations are locked.
/// The saved parties and goods are learnt into the address book and the goods catalogue.
/// </summary>
public sealed record UpdateDraft(CallerScope Caller, Actor Actor, Guid DeclarationId, int Revision, CustomsDeclaration Document) : ICommand<DeclarationDto>;

/// <summary>Starts a new draft with the document of another declaration (any status); LRN empty: the mask's next number.</summary>
public sealed record CopyDeclaration(CallerScope Caller, Actor Actor, Guid DeclarationId, string Lrn, Guid? BranchId = null) : ICommand<DraftDto>;

/// <summary>The party roles a contractor can fill.</summary>
public static class PartyRole
{
    public static IReadOnlyList<string> All { get; } = ["holder", "exporter", "importer", "declarant", "consignor", "consignee", "carrier"];
}

/// <summary>Fills one party of a draft from the address book in one step.</summary>
public sealed record FillPartyFromContractor(CallerScope Caller, Actor Actor, Guid DeclarationId, int Revision, string Role, Guid ContractorId) : ICommand<DeclarationDto>;

/// <summary>Appends goods items to a draft from the goods catalogue, numbered after the last item.</summary>
public sealed record AddGoodsFromCatalogue(CallerScope Caller, Actor Actor, Guid DeclarationId, int Revision, IReadOnlyList<Guid> CatalogueIds) : ICommand<DeclarationDto>;
