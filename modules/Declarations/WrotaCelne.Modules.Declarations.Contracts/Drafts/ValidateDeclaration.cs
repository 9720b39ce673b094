using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>Checks a declaration against the rules of its family and type and the codelists of the day, in the caller's language (<c>pl</c> or <c>en</c>).</summary>
public sealed record ValidateDeclaration(CallerScope Caller, Guid DeclarationId, string Language) : IQuery<ValidationReportDto>;

/// <summary>The findings; <paramref name="Valid"/> when there are no errors (warnings do not stop a declaration).</summary>
public sealed record ValidationReportDto(bool Valid, int Errors, int Warnings, IReadOnlyList<ValidationFindingDto> Findings);

/// <summary>One finding: the JSON path of the field, the field's label, the rule code, <c>error</c> or <c>warning</c>, and the message.</summary>
public sealed record ValidationFindingDto(string Path, string Field, string Label, string Rule, string Severity, string Message);
