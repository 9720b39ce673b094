using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.Modules.Declarations.Domain.Validation;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Whether a code belongs to a codelist on a day: the imported list when there is one, else the built-in one.</summary>
internal sealed class CodeListLookup(IDeclarationsData data) : ICodeListMembership
{
    public async Task<bool> ContainsAsync(string list, string code, DateOnly day, CancellationToken cancellationToken) =>
        await FindAsync(list, code, day, null, null, cancellationToken) ?? false;

    /// <summary>
    /// As validation asks it, with an optional attribute filter (a customs office's <c>roles</c> holding <c>DEP</c>).
    /// A list with no content at all (never imported and nothing built in, like kinds of package before the
    /// operator's first import) refuses nothing: a missing import must not fail every declaration.
    /// </summary>
    public async Task<bool> ContainsAsync(string list, string code, DateOnly day, string? attribute, string? attributeValue, CancellationToken cancellationToken) =>
        await FindAsync(list, code, day, attribute, attributeValue, cancellationToken) ?? true;

    /// <summary>Whether the code is there with the attribute value; null when the list has no content to tell.</summary>
    private async Task<bool?> FindAsync(string list, string code, DateOnly day, string? attribute, string? attributeValue, CancellationToken cancellationToken)
    {
        if (!await data.CodeListImports.AnyAsync(i => i.List == list, cancellationToken))
        {
            var builtIn = BuiltInCodeLists.Of(list);
            return builtIn.Count == 0 ? null : builtIn.Any(e => e.Code == code && Holds(e.Attributes, attribute, attributeValue));
        }

        var rows = await data.CodeListEntries.AsNoTracking().Where(e => e.List == list && e.Code == code).ToListAsync(cancellationToken);
        return rows.Any(e => e.IsValidOn(day) && Holds(e.Attributes, attribute, attributeValue));
    }

    /// <summary>Whether the entry's attribute (comma-separated values) holds the value; true when no attribute is asked for.</summary>
    private static bool Holds(string attributes, string? attribute, string? value)
    {
        if (attribute is null)
        {
            return true;
        }

        return value is not null
            && JsonSerializer.Deserialize<Dictionary<string, string>>(attributes) is { } values
            && values.TryGetValue(attribute, out var held)
            && held.Split(',', StringSplitOptions.TrimEntries).Contains(value, StringComparer.OrdinalIgnoreCase);
    }
}
