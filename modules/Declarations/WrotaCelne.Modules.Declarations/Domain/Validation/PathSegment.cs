namespace WrotaCelne.Modules.Declarations.Domain.Validation;

internal enum PathSegmentKind
{
    /// <summary>A named member: <c>.grossMass</c>.</summary>
    Property,

    /// <summary>Every member of an object: <c>.*</c>.</summary>
    AnyProperty,

    /// <summary>One element of an array: <c>[1]</c>.</summary>
    Index,

    /// <summary>Every element of an array: <c>[*]</c>.</summary>
    AnyIndex,
}

/// <summary>One step of a JSON path.</summary>
internal readonly record struct PathSegment(PathSegmentKind Kind, string Name = "", int Index = 0)
{
    public bool IsWildcard => Kind is PathSegmentKind.AnyProperty or PathSegmentKind.AnyIndex;

    public bool IsArrayStep => Kind is PathSegmentKind.Index or PathSegmentKind.AnyIndex;

    public override string ToString() => Kind switch
    {
        PathSegmentKind.Property => "." + Name,
        PathSegmentKind.AnyProperty => ".*",
        PathSegmentKind.Index => $"[{Index}]",
        _ => "[*]",
    };
}
