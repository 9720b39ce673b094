using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Printouts;

/// <summary>A printout as a file: its name, media type and bytes.</summary>
public sealed record PrintoutFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The accompanying document of a released declaration as PDF: TAD for transit, EAD for export (import has none).
/// Only for a declaration with an MRN that was released (or has exited or was written off since); otherwise a conflict
/// <c>printout.notReleased</c> (<c>printout.none</c> for import). Another organization's or branch's declaration is "not found".
/// </summary>
/// <param name="Language"><c>pl</c>: Polish labels with English ones; <c>en</c>: English only.</param>
public sealed record GetAccompanyingDocument(CallerScope Caller, Guid DeclarationId, string Language = "pl") : IQuery<PrintoutFile>;
