namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>Whether a code is in a codelist on a day, as validation asks it.</summary>
internal interface ICodeListMembership
{
    /// <summary>
    /// True when <paramref name="code"/> is valid in <paramref name="list"/> on <paramref name="day"/> and, when
    /// <paramref name="attribute"/> is given, that entry's attribute (comma-separated values) holds
    /// <paramref name="attributeValue"/> (a customs office's <c>roles</c> holding <c>DEP</c>).
    /// </summary>
    Task<bool> ContainsAsync(string list, string code, DateOnly day, string? attribute, string? attributeValue, CancellationToken cancellationToken);
}
