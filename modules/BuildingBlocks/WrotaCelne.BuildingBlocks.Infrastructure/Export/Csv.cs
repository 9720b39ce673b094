using System.Text;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Export;

/// <summary>
/// CSV for spreadsheets (RFC 4180, semicolon-free comma separation, UTF-8 with BOM so Excel reads Polish
/// letters). A cell a spreadsheet would take for a formula (starting with = + - @, tab or carriage
/// return) gets a leading apostrophe: exported data never runs as a formula (CSV injection).
/// </summary>
public static class Csv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            AppendRow(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Cell(string? value)
    {
        var cell = value ?? "";
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 || cell != cell.Trim() ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }
}
