using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Application.Printouts;

/// <summary>
/// The accompanying document of a released declaration as PDF: the transit accompanying document (TAD) for transit,
/// the export accompanying document (EAD) for export. Import has none.
/// </summary>
/// <remarks>
/// The layout follows the TAD and EAD of the Union Customs Code annexes (Delegated Regulation (EU) 2015/2446 Annex B,
/// Implementing Regulation (EU) 2015/2447 Annex B) as far as the canonical model carries the data: a header with the
/// title, the MRN in text and as a Code 128 barcode, the operation, parties, offices, countries, transport, guarantee
/// and release, then the goods items as a table continued on as many pages as needed, each page numbered n/N.
/// Simplified against the official forms: boxes are grouped by subject, not numbered and placed as on the forms;
/// offices and countries are shown by code only (no names from the reference data); the "control by the office of
/// departure/export" box, the itinerary list (LoI) and the "TAD/LoI" split, the consignment-level documents and
/// additional information, house consignments, per-item documents, and the security (S&amp;S) supplement are not printed.
/// </remarks>
internal static class AccompanyingDocuments
{
    /// <summary>Whether a declaration of <paramref name="family"/> has an accompanying document.</summary>
    public static bool ExistFor(DeclarationFamily family) => family is DeclarationFamily.Transit or DeclarationFamily.Export;

    /// <summary>TAD_&lt;MRN&gt;.pdf or EAD_&lt;MRN&gt;.pdf.</summary>
    public static string FileName(DeclarationFamily family, string mrn) => $"{(family == DeclarationFamily.Transit ? "TAD" : "EAD")}_{mrn}.pdf";

    /// <summary>Renders the document.</summary>
    /// <param name="declaration">The declaration as released (its family decides TAD or EAD).</param>
    /// <param name="mrn">The MRN the administration gave it.</param>
    /// <param name="releasedAtUtc">When the goods were released, printed in Warsaw time.</param>
    /// <param name="language"><c>pl</c>: Polish labels followed by English ones (the document goes abroad); <c>en</c>: English only.</param>
    /// <returns>The PDF file.</returns>
    /// <exception cref="ArgumentException">An import declaration, or no MRN.</exception>
    public static byte[] Render(CustomsDeclaration declaration, string mrn, DateTime releasedAtUtc, string language)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (!ExistFor(declaration.Family))
        {
            throw new ArgumentException("Only transit and export declarations have an accompanying document.", nameof(declaration));
        }

        if (string.IsNullOrWhiteSpace(mrn))
        {
            throw new ArgumentException("The MRN is required.", nameof(mrn));
        }

        EmbeddedFonts.EnsureRegistered();
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        return new Layout(declaration, mrn.Trim(), releasedAtUtc, english).Render();
    }

    private sealed class Layout(CustomsDeclaration d, string mrn, DateTime releasedAtUtc, bool englishOnly)
    {
        private const double PageWidth = 595.28; // A4 in points
        private const double PageHeight = 841.89;
        private const double Margin = 28;
        private const double Bottom = PageHeight - Margin - 16; // the page number sits below
        private const double ContentWidth = PageWidth - (2 * Margin);
        private const double LineHeight = 10;

        private static readonly CultureInfo Numbers = CultureInfo.GetCultureInfo("pl-PL");
        private static readonly XPen Rule = new(XColors.Black, 0.5);

        private readonly XFont _title = new(EmbeddedFonts.Family, 12, XFontStyleEx.Bold);
        private readonly XFont _subtitle = new(EmbeddedFonts.Family, 9.5, XFontStyleEx.Bold);
        private readonly XFont _label = new(EmbeddedFonts.Family, 6.2);
        private readonly XFont _value = new(EmbeddedFonts.Family, 8.2);
        private readonly XFont _bold = new(EmbeddedFonts.Family, 8.2, XFontStyleEx.Bold);
        private readonly XFont _mrn = new(EmbeddedFonts.Family, 14, XFontStyleEx.Bold);
        private readonly PdfDocument _document = new();
        private XGraphics _g = null!;
        private double _y;

        private bool Transit => d.Family == DeclarationFamily.Transit;

        public byte[] Render()
        {
            _document.Info.Title = $"{(Transit ? "TAD" : "EAD")} {mrn}";
            _document.Info.Creator = "Wrota Celne";
            NewPage();
            FirstPageHeader();
            Header();
            Items();
            _g.Dispose();
            NumberPages();
            using var output = new MemoryStream();
            _document.Save(output, closeStream: false);
            return output.ToArray();
        }

        private string L(string polish, string english) => englishOnly ? english : $"{polish} / {english}";

        private void NewPage()
        {
            _g?.Dispose();
            var page = _document.AddPage();
            page.Size = PageSize.A4;
            _g = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void FirstPageHeader()
        {
            var (polish, english) = Transit
                ? ("TRANZYTOWY DOKUMENT TOWARZYSZĄCY", "TRANSIT ACCOMPANYING DOCUMENT")
                : ("EKSPORTOWY DOKUMENT TOWARZYSZĄCY", "EXPORT ACCOMPANYING DOCUMENT");
            if (englishOnly)
            {
                Text(english, _title, Margin, _y, ContentWidth);
                _y += 18;
            }
            else
            {
                Text(polish, _title, Margin, _y, ContentWidth);
                Text(english, _subtitle, Margin, _y + 16, ContentWidth);
                _y += 32;
            }

            // The MRN: in text on the left, as a barcode on the right (module width chosen so the code stays scannable when printed).
            const double height = 52;
            const double moduleWidth = 1.1;
            var barcodeWidth = MrnBarcode.Modules(mrn) * moduleWidth;
            var textWidth = ContentWidth - barcodeWidth - 8;
            _g.DrawRectangle(Rule, Margin, _y, textWidth, height);
            Text("MRN", _label, Margin + 3, _y + 2, textWidth - 6);
            Text(mrn, _mrn, Margin + 3, _y + 16, textWidth - 6);
            MrnBarcode.Draw(_g, mrn, Margin + ContentWidth - barcodeWidth, _y, moduleWidth, height - 10);
            Text(mrn, _label, Margin + ContentWidth - barcodeWidth, _y + height - 8, barcodeWidth, XStringFormats.TopCenter);
            _y += height + 6;
        }

        private void ContinuationHeader()
        {
            Text($"{(Transit ? "TAD" : "EAD")} · MRN {mrn} · LRN {d.Lrn}", _bold, Margin, _y, ContentWidth);
            _y += 16;
        }

        private void Header()
        {
            var packages = d.Items.SelectMany(i => i.Packages).Sum(p => p.Count ?? 0);
            var grossMass = d.Consignment.GrossMass ?? d.Items.Sum(i => i.GrossMass ?? 0);
            Row(1,
                (0.24, "LRN", [d.Lrn ?? ""]),
                (0.14, L("Rodzaj zgłoszenia", "Declaration type"), [Join(" ", d.DeclarationType, d.AdditionalDeclarationType)]),
                (0.14, L("Bezpieczeństwo", "Security"), [d.Security?.ToString(CultureInfo.InvariantCulture) ?? "0"]),
                (0.12, L("Pozycje", "Items"), [d.Items.Count.ToString(CultureInfo.InvariantCulture)]),
                (0.16, L("Opakowania", "Packages"), [packages.ToString(CultureInfo.InvariantCulture)]),
                (0.20, L("Masa brutto (kg)", "Gross mass (kg)"), [Mass(grossMass)]));

            var parties = d.Parties;
            if (Transit)
            {
                Row(4, (0.5, L("Osoba uprawniona do korzystania z procedury", "Holder of the transit procedure"), Party(parties.Holder)),
                    (0.5, L("Przedstawiciel", "Representative"), Representative(parties.Representative)));
            }
            else
            {
                Row(4, (0.5, L("Eksporter", "Exporter"), Party(parties.Exporter)),
                    (0.5, L("Zgłaszający, przedstawiciel", "Declarant, representative"), [.. Party(parties.Declarant, 2), .. Representative(parties.Representative, 2)]));
            }

            Row(4, (0.5, L("Nadawca", "Consignor"), Party(parties.Consignor)), (0.5, L("Odbiorca", "Consignee"), Party(parties.Consignee)));
            var o = d.Offices;
            if (Transit)
            {
                Row(1,
                    (0.22, L("Urząd wyjścia", "Office of departure"), [o.Departure ?? ""]),
                    (0.22, L("Urząd przeznaczenia", "Office of destination"), [o.Destination ?? ""]),
                    (0.30, L("Urzędy tranzytowe", "Offices of transit"), [string.Join(", ", o.Transit)]),
                    (0.26, L("Urzędy wyprowadzenia", "Offices of exit for transit"), [string.Join(", ", o.ExitForTransit)]));
            }
            else
            {
                var terms = d.DeliveryTerms;
                Row(1,
                    (0.22, L("Urząd eksportu", "Office of export"), [o.Export ?? ""]),
                    (0.22, L("Urząd wyprowadzenia", "Office of exit"), [o.Exit ?? ""]),
                    (0.28, L("Warunki dostawy", "Delivery terms"), [Join(" ", terms?.Incoterm, terms?.UnLocode, terms?.Location, terms?.Country)]),
                    (0.28, L("Kwota faktury", "Invoice amount"), [d.InvoiceAmount is { } amount ? Join(" ", Money(amount), d.InvoiceCurrency) : ""]));
            }

            var c = d.Consignment;
            Row(1,
                (0.2, L("Kraj wysyłki", "Country of dispatch"), [c.CountryOfDispatch ?? ""]),
                (0.2, L("Kraj przeznaczenia", "Country of destination"), [c.CountryOfDestination ?? ""]),
                (0.2, L("Transport wewnętrzny", "Inland mode"), [c.InlandModeOfTransport ?? ""]),
                (0.2, L("Transport na granicy", "Mode at border"), [c.ModeOfTransportAtBorder ?? ""]),
                Transit ? (0.2, L("Termin", "Limit date"), [d.LimitDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""])
                        : (0.2, L("Kraje trasy", "Routing"), [string.Join(", ", c.CountriesOfRouting)]));
            Row(3,
                (0.34, L("Środki transportu przy wyjeździe", "Transport at departure"), Means(c.DepartureTransportMeans)),
                (0.33, L("Aktywny środek transportu na granicy", "Active means at border"), Means(c.ActiveBorderTransportMeans)),
                (0.33, L("Kontenery i zamknięcia", "Containers and seals"), Equipment(c.TransportEquipment)));
            var released = WarsawTime.Show(releasedAtUtc);
            var loading = Join(" ", c.PlaceOfLoading?.UnLocode, c.PlaceOfLoading?.Location, c.PlaceOfLoading?.Country);
            if (Transit)
            {
                Row(3,
                    (0.5, L("Zabezpieczenie", "Guarantee"), d.Guarantees.Select(Guarantee).ToArray()),
                    (0.25, L("Data zwolnienia (czas warszawski)", "Date of release (Warsaw time)"), [released]),
                    (0.25, L("Miejsce załadunku", "Place of loading"), [loading]));
            }
            else
            {
                Row(1,
                    (0.34, L("Data zwolnienia (czas warszawski)", "Date of release (Warsaw time)"), [released]),
                    (0.33, L("Miejsce załadunku", "Place of loading"), [loading]),
                    (0.33, L("Numer UCR", "UCR"), [c.ReferenceNumberUcr ?? ""]));
            }

            _y += 8;
        }

        private static readonly (double Width, string Polish, string English, bool Right)[] Columns =
        [
            (30, "Poz.", "Item", false),
            (223, "Opis towaru", "Description of goods", false),
            (62, "Kod towaru", "HS/CN code", false),
            (92, "Opakowania", "Packages", false),
            (66, "Brutto (kg)", "Gross (kg)", true),
            (66, "Netto (kg)", "Net (kg)", true),
        ];

        private void Items()
        {
            TableHeader();
            foreach (var item in d.Items.OrderBy(i => i.Number))
            {
                var description = Wrap(item.Description ?? "", _value, Columns[1].Width - 6, maxLines: 3);
                var height = (description.Count * LineHeight) + 4;
                if (_y + height > Bottom)
                {
                    NewPage();
                    ContinuationHeader();
                    TableHeader();
                }

                var packages = string.Join(", ", item.Packages.Select(p => Join(" ", p.Kind, p.Count?.ToString(CultureInfo.InvariantCulture))));
                string[] cells = [item.Number.ToString(CultureInfo.InvariantCulture), "", item.CommodityCode ?? "", packages, Mass(item.GrossMass), Mass(item.NetMass)];
                var x = Margin;
                for (var i = 0; i < Columns.Length; i++)
                {
                    var (width, _, _, right) = Columns[i];
                    _g.DrawRectangle(Rule, x, _y, width, height);
                    if (i == 1)
                    {
                        for (var line = 0; line < description.Count; line++)
                        {
                            Text(description[line], _value, x + 3, _y + 2 + (line * LineHeight), width - 6);
                        }
                    }
                    else
                    {
                        Text(Fit(cells[i], _value, width - 6), _value, x + 3, _y + 2, width - 6, right ? XStringFormats.TopRight : XStringFormats.TopLeft);
                    }

                    x += width;
                }

                _y += height;
            }
        }

        private void TableHeader()
        {
            var height = englishOnly ? 14 : 22;
            var x = Margin;
            foreach (var (width, polish, english, _) in Columns)
            {
                _g.DrawRectangle(Rule, XBrushes.Gainsboro, x, _y, width, height);
                if (englishOnly)
                {
                    Text(Fit(english, _label, width - 4), _label, x + 2, _y + 3, width - 4);
                }
                else
                {
                    Text(Fit(polish, _label, width - 4), _label, x + 2, _y + 2, width - 4);
                    Text(Fit(english, _label, width - 4), _label, x + 2, _y + 11, width - 4);
                }

                x += width;
            }

            _y += height;
        }

        private void NumberPages()
        {
            var count = _document.PageCount;
            for (var i = 0; i < count; i++)
            {
                using var g = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
                var footer = $"{L("Strona", "Page")} {i + 1}/{count}";
                g.DrawString(footer, _label, XBrushes.Black, new XRect(Margin, PageHeight - Margin - 8, ContentWidth, 10), XStringFormats.TopRight);
                g.DrawString($"MRN {mrn}", _label, XBrushes.Black, new XRect(Margin, PageHeight - Margin - 8, ContentWidth, 10), XStringFormats.TopLeft);
            }
        }

        /// <summary>
        /// One row of boxes, each a share of the content width, with its label (Polish above English, or English only)
        /// and up to <paramref name="lines"/> lines of values, each cut to fit.
        /// </summary>
        private void Row(int lines, params (double Share, string Label, string[] Lines)[] boxes)
        {
            var valueTop = englishOnly ? 11 : 18;
            var height = valueTop + (lines * LineHeight) + 3;
            var x = Margin;
            foreach (var (share, label, values) in boxes)
            {
                var width = ContentWidth * share;
                _g.DrawRectangle(Rule, x, _y, width, height);
                var labelLines = label.Split(" / ", 2);
                for (var i = 0; i < labelLines.Length; i++)
                {
                    Text(Fit(labelLines[i], _label, width - 6), _label, x + 3, _y + 2 + (i * 7.5), width - 6);
                }

                var shown = values.Where(l => !string.IsNullOrWhiteSpace(l)).Take(lines).ToList();
                for (var i = 0; i < shown.Count; i++)
                {
                    var font = i == 0 ? _bold : _value;
                    Text(Fit(shown[i], font, width - 6), font, x + 3, _y + valueTop + (i * LineHeight), width - 6);
                }

                x += width;
            }

            _y += height;
        }

        private void Text(string text, XFont font, double x, double y, double width, XStringFormat? format = null) =>
            _g.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.3), format ?? XStringFormats.TopLeft);

        /// <summary>The text cut with an ellipsis to <paramref name="width"/>.</summary>
        private string Fit(string text, XFont font, double width)
        {
            if (_g.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var length = text.Length;
            while (length > 0 && _g.MeasureString(text[..length] + "…", font).Width > width)
            {
                length--;
            }

            return text[..length] + "…";
        }

        /// <summary>Words wrapped to <paramref name="width"/>, at most <paramref name="maxLines"/> (the last cut with an ellipsis).</summary>
        private List<string> Wrap(string text, XFont font, double width, int maxLines)
        {
            var lines = new List<string>();
            var current = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && _g.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            lines.Add(current);
            if (lines.Count > maxLines)
            {
                lines = lines.Take(maxLines).ToList();
                lines[^1] += " …";
            }

            return lines.Select(l => Fit(l, font, width)).ToList();
        }

        private static string[] Party(Party? party, int lines = 4) =>
            party is null ? [] : new[]
            {
                party.Name ?? "",
                party.Eori is null ? "" : "EORI " + party.Eori,
                party.Address?.StreetAndNumber ?? "",
                Join(" ", party.Address?.Postcode, party.Address?.City, party.Address?.Country),
            }.Where(l => l.Length > 0).Take(lines).ToArray();

        private string[] Representative(Representative? r, int lines = 4) =>
            r is null ? [] : new[]
            {
                r.Name ?? "",
                r.Eori is null ? "" : "EORI " + r.Eori,
                r.Status switch
                {
                    "2" => L("przedstawicielstwo bezpośrednie (2)", "direct representation (2)"),
                    "3" => L("przedstawicielstwo pośrednie (3)", "indirect representation (3)"),
                    _ => r.Status ?? "",
                },
                Join(" ", r.Address?.Postcode, r.Address?.City, r.Address?.Country),
            }.Where(l => l.Length > 0).Take(lines).ToArray();

        private static string[] Means(List<TransportMeans> means) =>
            means.Select(m => Join(" ", m.IdentificationNumber, m.Nationality is null ? null : $"({m.Nationality})")).ToArray();

        private string[] Equipment(List<TransportEquipment> equipment)
        {
            var seals = equipment.SelectMany(e => e.Seals).ToList();
            var containers = equipment.Select(e => e.ContainerIdentificationNumber).OfType<string>().ToList();
            return
            [
                containers.Count == 0 ? "" : string.Join(", ", containers),
                seals.Count == 0 ? "" : $"{L("Zamknięcia", "Seals")}: {seals.Count}",
                string.Join(", ", seals),
            ];
        }

        private static string Guarantee(GuaranteeReference g) =>
            Join(" ", g.Type is null ? null : $"[{g.Type}]", g.Grn ?? g.OtherReference, g.Amount is { } amount ? Money(amount) : null, g.Currency);

        private static string Mass(decimal? kilograms) => kilograms?.ToString("#,##0.###", Numbers) ?? "";

        private static string Money(decimal amount) => amount.ToString("#,##0.00", Numbers);

        private static string Join(string separator, params string?[] parts) => string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
