using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>
/// Turns a declaration message file (CC015C, CC515C, ZC415, or whatever an installed format plugin reads) into a new
/// draft. The file's LRN is kept when it is free in the organization, otherwise the LRN mask numbers the draft.
/// </summary>
public sealed record ImportDeclarationFile(CallerScope Caller, Actor Actor, ReadOnlyMemory<byte> Content, string? FileName, Guid? BranchId = null) : ICommand<ImportedDraftDto>
{
    /// <summary>Largest file accepted: the gateway's own limit for one message.</summary>
    public const int MaxBytes = 15 * 1024 * 1024;
}

/// <summary>The draft an import made, and the report of what did not map.</summary>
/// <param name="Draft">The new draft.</param>
/// <param name="MessageType">The file's message type, e.g. <c>CC015C</c>.</param>
/// <param name="Plugin">Id of the format plugin that read it.</param>
/// <param name="Unmapped">What the file holds that the declaration has no place for (pointer into the file).</param>
/// <param name="Warnings">Anything else the plugin wanted said.</param>
/// <param name="ReplacedLrn">The file's LRN when it was already used (or not a valid LRN) and the draft got a new one.</param>
public sealed record ImportedDraftDto(DraftDto Draft, string MessageType, string Plugin, IReadOnlyList<ImportNoteDto> Unmapped, IReadOnlyList<ImportNoteDto> Warnings, string? ReplacedLrn);

/// <summary>One line of an import report.</summary>
public sealed record ImportNoteDto(string Code, string Message, string? Pointer);
