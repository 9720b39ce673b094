namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>What a rule checks at its path.</summary>
internal enum RuleKind
{
    /// <summary>The value must be given (for every existing parent of the path).</summary>
    Required,

    /// <summary>The value must not be given (e.g. a member another family uses).</summary>
    Forbidden,

    /// <summary>The value has a named format (<c>format</c>) or matches a regular expression (<c>pattern</c>).</summary>
    Format,

    /// <summary>The code is in a codelist (<c>list</c>), optionally with an attribute value (<c>attribute</c>, <c>value</c>).</summary>
    Codelist,

    /// <summary>The value is one of <c>values</c>.</summary>
    OneOf,

    /// <summary>The number is within <c>min</c>/<c>max</c> (<c>exclusiveMin</c> for "more than").</summary>
    Range,

    /// <summary>The text is at most <c>maxLength</c> characters.</summary>
    MaxLength,

    /// <summary>A named cross-field check implemented in code (<c>check</c>), switched on and configured here.</summary>
    Check,
}
