using System.Globalization;
using System.Text;

namespace WrotaCelne.Benchmarks.Reporting;

/// <summary>A markdown table with padded columns, so it reads as a table in a terminal too.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row needs {headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder text)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        text.AppendLine(Line(headers, widths));
        text.AppendLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        foreach (var row in _rows)
        {
            text.AppendLine(Line(row, widths));
        }

        text.AppendLine();
    }

    public static string Ms(double milliseconds) => double.IsNaN(milliseconds) ? "-" : milliseconds.ToString(milliseconds < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Line(string[] cells, int[] widths) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
}
