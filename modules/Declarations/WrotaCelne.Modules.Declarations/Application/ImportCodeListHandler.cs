using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.ReferenceData;
using WrotaCelne.Modules.Declarations.Domain.ReferenceData;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>Makes a file the list's content from today, keeping what was valid before as history.</summary>
internal sealed class ImportCodeListHandler(IDeclarationsData data, TimeProvider clock) : ICommandHandler<ImportCodeList, CodeListImportDto>
{
    public async Task<CodeListImportDto> HandleAsync(ImportCodeList command, CancellationToken cancellationToken)
    {
        if (!CodeLists.IsKnown(command.List))
        {
            throw new NotFoundException("The codelist");
        }

        if (command.Content.Length > CodeListFile.MaxBytes)
        {
            throw new InvalidInputException("file", "codelist.size", $"A codelist file is at most {CodeListFile.MaxBytes / (1024 * 1024)} MB.");
        }

        var parsed = CodeListFile.Parse(command.Content);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var current = await data.CodeListEntries.Where(e => e.List == command.List && e.ValidTo == null).ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken);
        var lastVersion = await data.CodeListImports.Where(i => i.List == command.List).MaxAsync(i => (int?)i.Version, cancellationToken) ?? 0;
        var version = lastVersion + 1;
        int added = 0, changed = 0, unchanged = 0;
        foreach (var entry in parsed)
        {
            if (!current.Remove(entry.Code, out var existing))
            {
                data.CodeListEntries.Add(CodeListEntry.Start(command.List, entry.Code, entry.Description, entry.ValidFrom, entry.Attributes, version, since: null));
                added++;
            }
            else if (existing.SameAs(entry.Description, entry.ValidFrom, entry.Attributes))
            {
                unchanged++;
            }
            else
            {
                existing.End(today);
                data.CodeListEntries.Add(CodeListEntry.Start(command.List, entry.Code, entry.Description, entry.ValidFrom, entry.Attributes, version, since: today));
                changed++;
            }
        }

        foreach (var gone in current.Values)
        {
            gone.End(today);
        }

        var removed = current.Count;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content));
        var fileName = Path.GetFileName(command.FileName ?? "").Trim();
        if (added + changed + removed == 0 && lastVersion > 0)
        {
            // Nothing new: the same content again is not a new version.
            return new CodeListImportDto(command.List, lastVersion, now, command.ImportedBy, fileName, sha256, 0, 0, 0, unchanged);
        }

        var import = CodeListImport.Record(command.List, version, now, command.ImportedBy, fileName.Length > 255 ? fileName[..255] : fileName, sha256, added, changed, removed, unchanged);
        data.CodeListImports.Add(import);
        await data.SaveChangesAsync(cancellationToken);
        return ToDto(import);
    }

    public static CodeListImportDto ToDto(CodeListImport i) =>
        new(i.List, i.Version, i.ImportedAtUtc, i.ImportedBy, i.FileName, i.Sha256, i.Added, i.Changed, i.Removed, i.Unchanged);
}
