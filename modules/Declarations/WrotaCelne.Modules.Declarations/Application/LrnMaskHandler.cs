using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class LrnMaskHandler(IDeclarationsData data, TimeProvider clock) : IQueryHandler<GetLrnMask, LrnMaskDto>, ICommandHandler<SetLrnMask, LrnMaskDto>
{
    public async Task<LrnMaskDto> HandleAsync(GetLrnMask query, CancellationToken cancellationToken)
    {
        var mask = await data.LrnSettings.AsNoTracking().Where(s => s.OrganizationId == query.Caller.OrganizationId).Select(s => s.Mask).SingleOrDefaultAsync(cancellationToken);
        return ToDto(new LrnMask(mask ?? LrnMask.Default));
    }

    public async Task<LrnMaskDto> HandleAsync(SetLrnMask command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var mask = LrnMask.Parse(errors, command.Mask);
        errors.ThrowIfAny();
        var settings = await data.LrnSettings.SingleOrDefaultAsync(s => s.OrganizationId == command.Caller.OrganizationId, cancellationToken);
        if (settings is null)
        {
            data.LrnSettings.Add(LrnSettings.For(command.Caller.OrganizationId, mask));
        }
        else
        {
            settings.Change(mask);
        }

        await data.SaveChangesAsync(cancellationToken);
        return ToDto(mask);
    }

    private LrnMaskDto ToDto(LrnMask mask)
    {
        var day = WarsawTime.Date(clock.GetUtcNow().UtcDateTime);
        return new LrnMaskDto(mask.Text, mask.Render(day, "KRK", 'T', 1));
    }
}
