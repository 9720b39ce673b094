namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>One changed value of a declaration document: JSON path, and the value before and after as JSON text (null: absent).</summary>
internal sealed record FieldChange(string Path, string? Before, string? After);
