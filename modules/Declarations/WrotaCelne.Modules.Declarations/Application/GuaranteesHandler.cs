using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Guarantees;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Domain.ReferenceData;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>The organization's guarantees register; another organization's guarantee is "not found".</summary>
internal sealed class GuaranteesHandler(IDeclarationsData data, ISecretProtector secrets, CodeListLookup codeLists, TimeProvider clock)
    : IQueryHandler<ListGuarantees, IReadOnlyList<GuaranteeDto>>, ICommandHandler<AddGuarantee, GuaranteeDto>, ICommandHandler<RemoveGuarantee, bool>
{
    public async Task<IReadOnlyList<GuaranteeDto>> HandleAsync(ListGuarantees query, CancellationToken cancellationToken)
    {
        var list = await data.Guarantees.AsNoTracking().Where(g => g.OrganizationId == query.Caller.OrganizationId).OrderBy(g => g.Grn).ToListAsync(cancellationToken);
        return list.Select(ToDto).ToList();
    }

    public async Task<GuaranteeDto> HandleAsync(AddGuarantee command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new InputErrors();
        var guarantee = Guarantee.Create(
            errors, command.Caller.OrganizationId, command.Grn, command.Type, command.AccessCode, secrets.Protect, command.Amount, command.Currency ?? "", command.Description, now);
        if (guarantee.Currency.Length == 3 && !await codeLists.ContainsAsync(CodeLists.Currencies, guarantee.Currency, DateOnly.FromDateTime(now), cancellationToken))
        {
            errors.Add("currency", "currency.unknown", "{0} is not a currency of the currencies codelist.", guarantee.Currency);
        }

        errors.ThrowIfAny();
        if (await data.Guarantees.AnyAsync(g => g.OrganizationId == guarantee.OrganizationId && g.Grn == guarantee.Grn, cancellationToken))
        {
            throw new ConflictException("grn", "grn.taken", "This guarantee is already in the register.");
        }

        data.Guarantees.Add(guarantee);
        await data.SaveChangesAsync(cancellationToken);
        return ToDto(guarantee);
    }

    public async Task<bool> HandleAsync(RemoveGuarantee command, CancellationToken cancellationToken)
    {
        var guarantee = await data.Guarantees.SingleOrDefaultAsync(g => g.Id == command.GuaranteeId && g.OrganizationId == command.Caller.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The guarantee");
        data.Guarantees.Remove(guarantee);
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static GuaranteeDto ToDto(Guarantee g) =>
        new(g.Id, g.Grn, g.Type, g.AmountMinor / 100m, g.Currency, g.Description, g.ProtectedAccessCode is not null, g.CreatedAtUtc);
}
