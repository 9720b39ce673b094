using WrotaCelne.BuildingBlocks;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Contracts.AddressBook;

/// <summary>A contractor of the address book; <paramref name="Learnt"/> when it was taken from a saved declaration.</summary>
public sealed record ContractorDto(Guid Id, string? Eori, string Name, Address Address, Contact? Contact, bool Learnt, DateTime LastUsedAtUtc);

/// <summary>Contractors whose name or EORI contains <paramref name="Text"/> (all when empty), most recently used first.</summary>
public sealed record ListContractors(CallerScope Caller, string? Text, int Take = 50) : IQuery<IReadOnlyList<ContractorDto>>;

/// <summary>Adds a contractor (<paramref name="ContractorId"/> null) or changes one. The EORI, or name and country, is unique in the book.</summary>
public sealed record SaveContractor(CallerScope Caller, Guid? ContractorId, Party Details) : ICommand<ContractorDto>;

public sealed record DeleteContractor(CallerScope Caller, Guid ContractorId) : ICommand<bool>;

/// <summary>A kind of goods of the catalogue.</summary>
public sealed record CatalogueGoodsDto(Guid Id, string Description, string? CommodityCode, decimal? GrossMass, decimal? NetMass, string? PackageKind, string? CountryOfOrigin, bool Learnt, DateTime LastUsedAtUtc);

/// <summary>Catalogue goods whose description or commodity code contains <paramref name="Text"/>, most recently used first.</summary>
public sealed record ListCatalogueGoods(CallerScope Caller, string? Text, int Take = 50) : IQuery<IReadOnlyList<CatalogueGoodsDto>>;

/// <summary>Adds goods to the catalogue (<paramref name="GoodsId"/> null) or changes them; description, code, masses, first package kind and origin are kept.</summary>
public sealed record SaveCatalogueGoods(CallerScope Caller, Guid? GoodsId, GoodsItem Details) : ICommand<CatalogueGoodsDto>;

public sealed record DeleteCatalogueGoods(CallerScope Caller, Guid GoodsId) : ICommand<bool>;
