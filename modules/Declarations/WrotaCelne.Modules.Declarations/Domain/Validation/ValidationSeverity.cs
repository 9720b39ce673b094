namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>An error stops the declaration from being sent; a warning asks the person to look again.</summary>
internal enum ValidationSeverity
{
    Error,
    Warning,
}
