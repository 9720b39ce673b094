using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Contracts.AddressBook;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>The organization's address book of contractors and its goods catalogue.</summary>
internal sealed class AddressBookHandler(IDeclarationsData data, TimeProvider clock) :
    IQueryHandler<ListContractors, IReadOnlyList<ContractorDto>>,
    ICommandHandler<SaveContractor, ContractorDto>,
    ICommandHandler<DeleteContractor, bool>,
    IQueryHandler<ListCatalogueGoods, IReadOnlyList<CatalogueGoodsDto>>,
    ICommandHandler<SaveCatalogueGoods, CatalogueGoodsDto>,
    ICommandHandler<DeleteCatalogueGoods, bool>
{
    private const int MaxTake = 500;

    public async Task<IReadOnlyList<ContractorDto>> HandleAsync(ListContractors query, CancellationToken cancellationToken)
    {
        var contractors = data.Contractors.AsNoTracking().Where(c => c.OrganizationId == query.Caller.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            contractors = contractors.Where(c => EF.Functions.Like(c.Name, "%" + text + "%") || (c.Eori != null && EF.Functions.Like(c.Eori, "%" + text + "%")));
        }

        var list = await contractors.OrderByDescending(c => c.LastUsedAtUtc).ThenBy(c => c.Name).Take(Math.Clamp(query.Take, 1, MaxTake)).ToListAsync(cancellationToken);
        return list.Select(ToDto).ToList();
    }

    public async Task<ContractorDto> HandleAsync(SaveContractor command, CancellationToken cancellationToken)
    {
        if (command.Details is null)
        {
            throw new InvalidInputException("name", "contractor.name", "Give the name.");
        }

        Contractor contractor;
        if (command.ContractorId is { } id)
        {
            contractor = await data.Contractors.SingleOrDefaultAsync(c => c.Id == id && c.OrganizationId == command.Caller.OrganizationId, cancellationToken)
                ?? throw new NotFoundException("The contractor");
            contractor.Change(command.Details);
        }
        else
        {
            contractor = Contractor.Create(command.Caller.OrganizationId, command.Details, learnt: false, clock.GetUtcNow().UtcDateTime);
            data.Contractors.Add(contractor);
        }

        await UniqueSave.SaveAsync(
            data.SaveChangesAsync,
            ct => data.Contractors.AnyAsync(c => c.Id != contractor.Id && c.OrganizationId == contractor.OrganizationId && c.MatchKey == contractor.MatchKey, ct),
            () => new ConflictException(contractor.Eori is null ? "name" : "eori", "contractor.taken", "The address book already holds this contractor."),
            cancellationToken);
        return ToDto(contractor);
    }

    public async Task<bool> HandleAsync(DeleteContractor command, CancellationToken cancellationToken)
    {
        var contractor = await data.Contractors.SingleOrDefaultAsync(c => c.Id == command.ContractorId && c.OrganizationId == command.Caller.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The contractor");
        data.Contractors.Remove(contractor);
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<CatalogueGoodsDto>> HandleAsync(ListCatalogueGoods query, CancellationToken cancellationToken)
    {
        var goods = data.CatalogueGoods.AsNoTracking().Where(g => g.OrganizationId == query.Caller.OrganizationId);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            goods = goods.Where(g => EF.Functions.Like(g.Description, "%" + text + "%") || (g.CommodityCode != null && EF.Functions.Like(g.CommodityCode, text + "%")));
        }

        var list = await goods.OrderByDescending(g => g.LastUsedAtUtc).ThenBy(g => g.Description).Take(Math.Clamp(query.Take, 1, MaxTake)).ToListAsync(cancellationToken);
        return list.Select(ToDto).ToList();
    }

    public async Task<CatalogueGoodsDto> HandleAsync(SaveCatalogueGoods command, CancellationToken cancellationToken)
    {
        var details = command.Details ?? new GoodsItem();
        if (details.CommodityCode is { Length: > 10 })
        {
            throw new InvalidInputException("commodityCode", "goods.code", "A commodity code has 6 (HS), 8 (CN) or 10 (TARIC) digits.");
        }

        CatalogueGoods goods;
        if (command.GoodsId is { } id)
        {
            goods = await data.CatalogueGoods.SingleOrDefaultAsync(g => g.Id == id && g.OrganizationId == command.Caller.OrganizationId, cancellationToken)
                ?? throw new NotFoundException("The catalogue goods");
            goods.Change(details);
        }
        else
        {
            goods = CatalogueGoods.Create(command.Caller.OrganizationId, details, learnt: false, clock.GetUtcNow().UtcDateTime);
            data.CatalogueGoods.Add(goods);
        }

        await UniqueSave.SaveAsync(
            data.SaveChangesAsync,
            ct => data.CatalogueGoods.AnyAsync(g => g.Id != goods.Id && g.OrganizationId == goods.OrganizationId && g.MatchKey == goods.MatchKey, ct),
            () => new ConflictException("description", "goods.taken", "The catalogue already holds these goods under this code."),
            cancellationToken);
        return ToDto(goods);
    }

    public async Task<bool> HandleAsync(DeleteCatalogueGoods command, CancellationToken cancellationToken)
    {
        var goods = await data.CatalogueGoods.SingleOrDefaultAsync(g => g.Id == command.GoodsId && g.OrganizationId == command.Caller.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The catalogue goods");
        data.CatalogueGoods.Remove(goods);
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static ContractorDto ToDto(Contractor c)
    {
        var party = c.ToParty();
        return new ContractorDto(c.Id, c.Eori, c.Name, party.Address!, party.Contact, c.Learnt, c.LastUsedAtUtc);
    }

    private static CatalogueGoodsDto ToDto(CatalogueGoods g) =>
        new(g.Id, g.Description, g.CommodityCode, g.GrossMass, g.NetMass, g.PackageKind, g.CountryOfOrigin, g.Learnt, g.LastUsedAtUtc);
}
