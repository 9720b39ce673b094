namespace WrotaCelne.Modules.Declarations.Domain.ReferenceData;

/// <summary>
/// One code of a codelist over a period of validity. A change never rewrites a row: the old row's
/// validity ends and a new row starts, so a declaration can be checked against the list of its day.
/// </summary>
internal sealed class CodeListEntry
{
    private CodeListEntry()
    {
    }

    public long Id { get; private set; }

    public string List { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Description { get; private set; } = "";

    public DateOnly? ValidFrom { get; private set; }

    /// <summary>For a row that replaced an earlier one: the day it took over (its stated ValidFrom may be older).</summary>
    public DateOnly? Since { get; private set; }

    /// <summary>The first day the entry is no longer valid; null while it is.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>List-specific data as a canonical JSON object of strings (sorted keys), compared as text.</summary>
    public string Attributes { get; private set; } = "{}";

    /// <summary>The import version that wrote this row.</summary>
    public int Version { get; private set; }

    public static CodeListEntry Start(string list, string code, string description, DateOnly? validFrom, string attributes, int version, DateOnly? since) =>
        new() { List = list, Code = code, Description = description, ValidFrom = validFrom, Attributes = attributes, Version = version, Since = since };

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (Since is null || Since <= day) && (ValidTo is null || day < ValidTo);

    public bool SameAs(string description, DateOnly? validFrom, string attributes) => Description == description && ValidFrom == validFrom && Attributes == attributes;

    public void End(DateOnly day) => ValidTo ??= day;
}
