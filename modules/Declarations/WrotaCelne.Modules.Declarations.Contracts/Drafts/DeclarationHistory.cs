using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>Every saved change of a declaration, newest first.</summary>
public sealed record GetDeclarationHistory(CallerScope Caller, Guid DeclarationId) : IQuery<IReadOnlyList<RevisionDto>>;

/// <summary>A saved change: kind <c>created</c>, <c>edited</c>, <c>copiedFrom</c>, <c>createdFromTemplate</c> or <c>imported</c>.</summary>
public sealed record RevisionDto(int Revision, DateTime AtUtc, string By, string Kind, string? Detail, IReadOnlyList<FieldChangeDto> Changes, int OmittedChanges);

/// <summary>One changed value: JSON path, value before and after as JSON text (null: absent).</summary>
public sealed record FieldChangeDto(string Path, string? Before, string? After);
