using PdfSharp.Drawing;
using ZXing;
using ZXing.OneD;

namespace WrotaCelne.Modules.Declarations.Application.Printouts;

/// <summary>The MRN as a Code 128 barcode, drawn as vector bars: ZXing encodes, PDFsharp fills one rectangle per bar.</summary>
internal static class MrnBarcode
{
    /// <summary>Modules (narrowest bar widths) of the code including ZXing's quiet zones.</summary>
    public static int Modules(string mrn) => Encode(mrn).Width;

    /// <summary>Draws the barcode with its top-left corner at <paramref name="x"/>, <paramref name="y"/>; returns its width.</summary>
    public static double Draw(XGraphics graphics, string mrn, double x, double y, double moduleWidth, double height)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        var row = Encode(mrn);
        var column = 0;
        while (column < row.Width)
        {
            if (!row[column, 0])
            {
                column++;
                continue;
            }

            var start = column;
            while (column < row.Width && row[column, 0])
            {
                column++;
            }

            graphics.DrawRectangle(XBrushes.Black, x + (start * moduleWidth), y, (column - start) * moduleWidth, height);
        }

        return row.Width * moduleWidth;
    }

    // Width 0 and height 1: one pixel per module, one row; the bars are scaled when drawn.
    private static ZXing.Common.BitMatrix Encode(string mrn) => new Code128Writer().encode(mrn, BarcodeFormat.CODE_128, 0, 1);
}
