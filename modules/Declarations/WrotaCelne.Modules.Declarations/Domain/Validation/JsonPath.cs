using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// The subset of JSON path the rules use: <c>$</c>, <c>.name</c>, <c>.*</c>, <c>[n]</c> and <c>[*]</c>
/// (the leading <c>$.</c> may be left out). A concrete path (no wildcards) names one place in a document.
/// </summary>
internal sealed partial class JsonPath
{
    public static readonly JsonPath Root = new([]);

    private JsonPath(IReadOnlyList<PathSegment> segments) => Segments = segments;

    public IReadOnlyList<PathSegment> Segments { get; }

    /// <summary>The path without indexes and <c>$.</c>: <c>items[*].grossMass</c>, the key of field labels (<c>$</c> for the root).</summary>
    public string Field
    {
        get
        {
            if (Segments.Count == 0)
            {
                return "$";
            }

            var text = new StringBuilder();
            foreach (var segment in Segments)
            {
                text.Append(segment.IsArrayStep ? "[*]" : "." + (segment.Kind == PathSegmentKind.AnyProperty ? "*" : segment.Name));
            }

            return text.ToString(1, text.Length - 1);
        }
    }

    public static JsonPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed == "$")
        {
            return Root;
        }

        var body = trimmed.StartsWith("$.", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
        if (!Syntax().IsMatch(body))
        {
            throw new FormatException($"'{text}' is not a path like $.items[*].grossMass.");
        }

        var segments = new List<PathSegment>();
        foreach (Match step in Step().Matches(body))
        {
            if (step.Groups["name"].Success)
            {
                var name = step.Groups["name"].Value;
                segments.Add(name == "*" ? new PathSegment(PathSegmentKind.AnyProperty) : new PathSegment(PathSegmentKind.Property, name));
            }
            else
            {
                var index = step.Groups["index"].Value;
                segments.Add(index == "*" ? new PathSegment(PathSegmentKind.AnyIndex) : new PathSegment(PathSegmentKind.Index, Index: int.Parse(index, CultureInfo.InvariantCulture)));
            }
        }

        return new JsonPath(segments);
    }

    public JsonPath Append(PathSegment segment) => new([.. Segments, segment]);

    public JsonPath Property(string name) => Append(new PathSegment(PathSegmentKind.Property, name));

    public JsonPath Element(int index) => Append(new PathSegment(PathSegmentKind.Index, Index: index));

    /// <summary>The path without its last step (the root stays the root).</summary>
    public JsonPath Parent => Segments.Count == 0 ? this : new JsonPath([.. Segments.Take(Segments.Count - 1)]);

    /// <summary>
    /// Every place this path reaches in <paramref name="root"/>, with the node there; the node is null when the last
    /// step names a member the object lacks. Wildcards expand in document order; missing objects on the way end a branch.
    /// </summary>
    public IEnumerable<(JsonPath Location, JsonNode? Node)> Select(JsonNode? root)
    {
        IEnumerable<(JsonPath Location, JsonNode? Node)> current = [(Root, root)];
        foreach (var segment in Segments)
        {
            var step = segment;
            current = current.Where(c => c.Node is not null).SelectMany(c => Expand(c.Location, c.Node!, step));
        }

        return current;
    }

    /// <summary>
    /// This path with its wildcards fixed to the indexes and names of <paramref name="target"/> as far as both walk
    /// the same way: <c>$.guarantees[*].type</c> bound to <c>$.guarantees[1].grn</c> is <c>$.guarantees[1].type</c>.
    /// </summary>
    public JsonPath BindTo(JsonPath target)
    {
        var bound = new List<PathSegment>(Segments.Count);
        var aligned = true;
        for (var i = 0; i < Segments.Count; i++)
        {
            var own = Segments[i];
            var other = i < target.Segments.Count ? target.Segments[i] : (PathSegment?)null;
            if (aligned && other is { } concrete && Fits(own, concrete))
            {
                bound.Add(own.IsWildcard ? concrete : own);
            }
            else
            {
                aligned = false;
                bound.Add(own);
            }
        }

        return new JsonPath(bound);
    }

    public override string ToString() => "$" + string.Concat(Segments.Select(s => s.ToString()));

    private static bool Fits(PathSegment own, PathSegment concrete) => own.Kind switch
    {
        PathSegmentKind.Property => concrete.Kind == PathSegmentKind.Property && concrete.Name == own.Name,
        PathSegmentKind.AnyProperty => concrete.Kind == PathSegmentKind.Property,
        PathSegmentKind.Index => concrete.Kind == PathSegmentKind.Index && concrete.Index == own.Index,
        _ => concrete.Kind == PathSegmentKind.Index,
    };

    private static IEnumerable<(JsonPath, JsonNode?)> Expand(JsonPath location, JsonNode node, PathSegment segment)
    {
        switch (segment.Kind)
        {
            case PathSegmentKind.Property when node is JsonObject obj:
                yield return (location.Property(segment.Name), obj[segment.Name]);
                break;
            case PathSegmentKind.AnyProperty when node is JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    yield return (location.Property(name), value);
                }

                break;
            case PathSegmentKind.Index when node is JsonArray array:
                if (segment.Index < array.Count)
                {
                    yield return (location.Element(segment.Index), array[segment.Index]);
                }

                break;
            case PathSegmentKind.AnyIndex when node is JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (location.Element(i), array[i]);
                }

                break;
        }
    }

    [GeneratedRegex(@"^(?:[A-Za-z][A-Za-z0-9]*|\*)(?:\[(?:[0-9]+|\*)\])*(?:\.(?:[A-Za-z][A-Za-z0-9]*|\*)(?:\[(?:[0-9]+|\*)\])*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Syntax();

    [GeneratedRegex(@"(?<name>[A-Za-z][A-Za-z0-9]*|\*)|\[(?<index>[0-9]+|\*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Step();
}
