using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Modules.Declarations.Application;

internal sealed class ImportDeclarationFileHandler(FormatPlugins formats, DraftStarter starter, IDeclarationsData data) : ICommandHandler<ImportDeclarationFile, ImportedDraftDto>
{
    public async Task<ImportedDraftDto> HandleAsync(ImportDeclarationFile command, CancellationToken cancellationToken)
    {
        if (command.Content.IsEmpty)
        {
            throw new InvalidInputException("file", "import.empty", "Choose an XML file to import.");
        }

        if (command.Content.Length > ImportDeclarationFile.MaxBytes)
        {
            throw new InvalidInputException([new FieldError("file", "import.tooLarge", "The file is larger than {0} MB.", [ImportDeclarationFile.MaxBytes / 1024 / 1024])]);
        }

        var (content, signatureNote) = SignedFiles.Unwrap(command.Content);
        var (pluginId, result) = formats.Import(content, command.FileName);
        if (!result.Succeeded)
        {
            throw new InvalidInputException(result.Errors.Take(20).Select(ToFieldError).ToList());
        }

        var imported = result.Value!;
        var declaration = imported.Declaration;

        // The file may come from a declaration already sent: the new draft is not, so it carries no MRN.
        declaration.Mrn = null;
        var lrn = declaration.Lrn?.Trim() ?? "";
        string? replaced = null;
        if (lrn.Length > 0 && (!Lrn.IsValid(lrn) || await data.Declarations.AnyAsync(d => d.OrganizationId == command.Caller.OrganizationId && d.Lrn == lrn, cancellationToken)))
        {
            replaced = lrn;
            lrn = "";
        }

        var draft = await starter.StartAsync(
            new NewDraft(command.Caller, command.Actor, declaration.Family.ToString(), lrn, command.BranchId, declaration, RevisionKind.Imported, command.FileName ?? imported.MessageType),
            cancellationToken);
        return new ImportedDraftDto(draft.ToDto(), imported.MessageType, pluginId!, imported.Unmapped.Select(ToNote).ToList(), [.. signatureNote is null ? [] : new[] { signatureNote }, .. result.Warnings.Select(ToNote)], replaced);
    }

    private static FieldError ToFieldError(FormatProblem problem) =>
        new("file", "import." + problem.Code, problem.Pointer is null ? problem.Message : $"{problem.Message} ({problem.Pointer})", [problem.Pointer ?? ""]);

    private static ImportNoteDto ToNote(FormatProblem problem) => new(problem.Code, problem.Message, problem.Pointer);
}
