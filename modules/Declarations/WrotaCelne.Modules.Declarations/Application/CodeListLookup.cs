using Microsoft.EntityFrameworkCore;
using WrotaCelne.Modules.Declarations.Domain.ReferenceData;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Whether a code belongs to a codelist on a day: the imported list when there is one, else the built-in one.</summary>
internal sealed class CodeListLookup(IDeclarationsData data)
{
    public async Task<bool> ContainsAsync(string list, string code, DateOnly day, CancellationToken cancellationToken)
    {
        if (!await data.CodeListImports.AnyAsync(i => i.List == list, cancellationToken))
        {
            return BuiltInCodeLists.Of(list).Any(e => e.Code == code);
        }

        var rows = await data.CodeListEntries.AsNoTracking().Where(e => e.List == list && e.Code == code).ToListAsync(cancellationToken);
        return rows.Any(e => e.IsValidOn(day));
    }
}
