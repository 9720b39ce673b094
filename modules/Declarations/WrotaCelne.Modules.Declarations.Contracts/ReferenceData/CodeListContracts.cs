using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.ReferenceData;

/// <summary>A codelist and where its entries come from: <c>built-in</c> (written by us) or the version last imported by an operator.</summary>
public sealed record CodeListDto(string Name, string Source, int Version, int Entries, DateTime? ImportedAtUtc);

/// <summary>One code valid on the asked day. <paramref name="Attributes"/> holds list-specific data (a customs office's country and roles, ...).</summary>
public sealed record CodeListEntryDto(string Code, string Description, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyDictionary<string, string> Attributes);

/// <summary>What an import changed, against the entries valid before it.</summary>
public sealed record CodeListImportDto(string List, int Version, DateTime ImportedAtUtc, string ImportedBy, string FileName, string Sha256, int Added, int Changed, int Removed, int Unchanged);

public sealed record ListCodeLists : IQuery<IReadOnlyList<CodeListDto>>;

/// <summary>Entries of a list valid on <paramref name="On"/> (today when null), optionally matching text in code or description, or holding an attribute value (e.g. role=DEP).</summary>
public sealed record GetCodeListEntries(string List, DateOnly? On, string? Text, string? AttributeName, string? AttributeValue, int Take = 500) : IQuery<IReadOnlyList<CodeListEntryDto>>;

/// <summary>The imports of a list, newest first.</summary>
public sealed record ListCodeListImports(string List) : IQuery<IReadOnlyList<CodeListImportDto>>;

/// <summary>
/// Imports an official codelist file (JSON array of entries) as the list's new full content. Idempotent:
/// a file that changes nothing creates no version. Codes missing from the file stop being valid today;
/// changed entries keep their history (the old one ends today, the new one starts today).
/// </summary>
public sealed record ImportCodeList(string List, string FileName, byte[] Content, string ImportedBy) : ICommand<CodeListImportDto>;
