using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Printouts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Printouts;

/// <summary>Prints the TAD or EAD of a released declaration within the caller's reach.</summary>
internal sealed class AccompanyingDocumentHandler(IDeclarationsData data) : IQueryHandler<GetAccompanyingDocument, PrintoutFile>
{
    public async Task<PrintoutFile> HandleAsync(GetAccompanyingDocument query, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.AsNoTracking()
            .WithinReachOf(query.Caller)
            .SingleOrDefaultAsync(d => d.Id == query.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        if (!AccompanyingDocuments.ExistFor(declaration.Family))
        {
            throw new ConflictException("family", "printout.none", "An import declaration has no accompanying document.");
        }

        if (!IsReleased(declaration.Status) || string.IsNullOrEmpty(declaration.Mrn))
        {
            throw new ConflictException("status", "printout.notReleased", "The accompanying document is printed once the goods are released (the declaration has an MRN and was released).");
        }

        // Declarations released before the release time was recorded fall back to their last change.
        var releasedAtUtc = declaration.ReleasedAtUtc ?? declaration.UpdatedAtUtc;
        var pdf = AccompanyingDocuments.Render(declaration.Read(), declaration.Mrn, releasedAtUtc, query.Language);
        return new PrintoutFile(AccompanyingDocuments.FileName(declaration.Family, declaration.Mrn), "application/pdf", pdf);
    }

    /// <summary>Whether the endpoint prints a document for a declaration as the pages show it (family code, status name, MRN).</summary>
    public static bool WouldPrint(string family, string status, string? mrn) =>
        Enum.TryParse<WrotaCelne.Plugins.Abstractions.DeclarationFamily>(family, ignoreCase: true, out var parsed) && AccompanyingDocuments.ExistFor(parsed)
        && Enum.TryParse<DeclarationStatus>(status, out var parsedStatus) && IsReleased(parsedStatus)
        && !string.IsNullOrEmpty(mrn);

    /// <summary>Released, or further along the way: exited or written off.</summary>
    public static bool IsReleased(DeclarationStatus status) =>
        status is DeclarationStatus.Released or DeclarationStatus.Exited or DeclarationStatus.WrittenOff;
}
