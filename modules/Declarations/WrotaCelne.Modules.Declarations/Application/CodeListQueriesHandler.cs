using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.ReferenceData;
using WrotaCelne.Modules.Declarations.Domain.ReferenceData;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class CodeListQueriesHandler(IDeclarationsData data, TimeProvider clock)
    : IQueryHandler<ListCodeLists, IReadOnlyList<CodeListDto>>,
      IQueryHandler<GetCodeListEntries, IReadOnlyList<CodeListEntryDto>>,
      IQueryHandler<ListCodeListImports, IReadOnlyList<CodeListImportDto>>
{
    public async Task<IReadOnlyList<CodeListDto>> HandleAsync(ListCodeLists query, CancellationToken cancellationToken)
    {
        var lastImports = (await data.CodeListImports.AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(i => i.List)
            .ToDictionary(g => g.Key, g => g.MaxBy(i => i.Version)!);
        var counts = await data.CodeListEntries.AsNoTracking().Where(e => e.ValidTo == null).GroupBy(e => e.List).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return CodeLists.All.Select(list => lastImports.TryGetValue(list, out var last)
                ? new CodeListDto(list, "imported", last.Version, counts.GetValueOrDefault(list), last.ImportedAtUtc)
                : new CodeListDto(list, "built-in", 0, BuiltInCodeLists.Of(list).Count, null))
            .ToList();
    }

    public async Task<IReadOnlyList<CodeListEntryDto>> HandleAsync(GetCodeListEntries query, CancellationToken cancellationToken)
    {
        if (!CodeLists.IsKnown(query.List))
        {
            throw new NotFoundException("The codelist");
        }

        var day = query.On ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        IEnumerable<CodeListEntryDto> entries;
        if (await data.CodeListImports.AnyAsync(i => i.List == query.List, cancellationToken))
        {
            var rows = await data.CodeListEntries.AsNoTracking().Where(e => e.List == query.List && (e.ValidTo == null || e.ValidTo > day)).ToListAsync(cancellationToken);
            entries = rows.Where(e => e.IsValidOn(day)).Select(e => new CodeListEntryDto(e.Code, e.Description, e.ValidFrom, e.ValidTo, Attributes(e.Attributes)));
        }
        else
        {
            entries = BuiltInCodeLists.Of(query.List).Select(e => new CodeListEntryDto(e.Code, e.Description, e.ValidFrom, null, Attributes(e.Attributes)));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            entries = entries.Where(e => e.Code.Contains(text, StringComparison.OrdinalIgnoreCase) || e.Description.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        if (!string.IsNullOrWhiteSpace(query.AttributeName) && query.AttributeValue is { } wanted)
        {
            entries = entries.Where(e => e.Attributes.TryGetValue(query.AttributeName, out var value) && value.Split(',').Contains(wanted, StringComparer.OrdinalIgnoreCase));
        }

        return entries.OrderBy(e => e.Code, StringComparer.Ordinal).Take(Math.Clamp(query.Take, 1, 5000)).ToList();
    }

    public async Task<IReadOnlyList<CodeListImportDto>> HandleAsync(ListCodeListImports query, CancellationToken cancellationToken)
    {
        if (!CodeLists.IsKnown(query.List))
        {
            throw new NotFoundException("The codelist");
        }

        var imports = await data.CodeListImports.AsNoTracking().Where(i => i.List == query.List).OrderByDescending(i => i.Version).ToListAsync(cancellationToken);
        return imports.Select(ImportCodeListHandler.ToDto).ToList();
    }

    private static IReadOnlyDictionary<string, string> Attributes(string json) => JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
