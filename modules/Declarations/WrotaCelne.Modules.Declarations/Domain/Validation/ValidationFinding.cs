namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// One problem of a declaration. <paramref name="Path"/> is the concrete JSON path in the canonical JSON form
/// (<c>$.items[1].grossMass</c>, <c>$</c> for the whole document); <paramref name="Field"/> the same path with
/// indexes as <c>[*]</c> and without <c>$.</c> (<c>items[*].grossMass</c>), the key of <see cref="FieldLabels"/>;
/// <paramref name="Rule"/> the stable code of the rule that found it.
/// </summary>
internal sealed record ValidationFinding(string Path, string Field, string Label, string Rule, ValidationSeverity Severity, string Message);
