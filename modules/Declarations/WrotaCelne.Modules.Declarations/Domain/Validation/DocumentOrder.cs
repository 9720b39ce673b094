namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>Orders concrete paths as the document reads: members in the labels' (the model's) order, list elements by index.</summary>
internal sealed class DocumentOrder(FieldLabels labels) : IComparer<JsonPath>
{
    public int Compare(JsonPath? x, JsonPath? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var field = "";
        for (var i = 0; i < Math.Min(x.Segments.Count, y.Segments.Count); i++)
        {
            var (a, b) = (x.Segments[i], y.Segments[i]);
            if (a.IsArrayStep && b.IsArrayStep)
            {
                if (a.Index != b.Index)
                {
                    return a.Index.CompareTo(b.Index);
                }

                field += "[*]";
                continue;
            }

            if (a.IsArrayStep != b.IsArrayStep)
            {
                return a.IsArrayStep ? -1 : 1;
            }

            if (a.Name != b.Name)
            {
                var rank = labels.Order(Join(field, a.Name)).CompareTo(labels.Order(Join(field, b.Name)));
                return rank != 0 ? rank : string.CompareOrdinal(a.Name, b.Name);
            }

            field = Join(field, a.Name);
        }

        return x.Segments.Count.CompareTo(y.Segments.Count);
    }

    private static string Join(string field, string name) => field.Length == 0 ? name : $"{field}.{name}";
}
