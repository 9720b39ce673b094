using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// A draft made by the domain (<see cref="Declaration.StartDraft"/>) with its "created" history entry, and where the
/// generator says its life has since got to. Status, MRN and last change are set on the row by the writer: in the
/// product they follow from the customs system's answers, which the archive benchmark does not replay.
/// </summary>
internal sealed record GeneratedDeclaration(Declaration Declaration, DeclarationRevision Created, DeclarationStatus Status, string? Mrn, DateTime UpdatedAtUtc);
