using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Application.Printouts;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Infrastructure;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;
using ZXing;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>
/// The TAD and EAD as PDF, read back the way a person or a scanner at the border would: the text through poppler's
/// pdftotext, the MRN barcode rasterized by pdftoppm and decoded by ZXing (Debian's poppler-utils, installed by test.sh).
/// </summary>
public sealed class AccompanyingDocumentTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly DateTime ReleasedAtUtc = new(2026, 7, 1, 12, 30, 0, DateTimeKind.Utc); // 14:30 in Warsaw (summer time)

    private TestHost Host => fixture.Host;

    /// <summary>A valid MRN: year, country, 12 characters, the procedure letter, the check digit computed as the domain rule says.</summary>
    private static string NewMrn(char procedureLetter, string serial = "321010000123")
    {
        var body = $"26PL{serial}{procedureLetter}";
        var mrn = body + CheckDigit.Of(body)!.Value;
        Assert.True(Mrn.IsValid(mrn), mrn);
        return mrn;
    }

    /// <summary>The transit sample with a consignor from Łódź, a container with seals and a vehicle.</summary>
    private static CustomsDeclaration Transit()
    {
        var transit = SampleDeclarations.Transit();
        transit.Parties.Consignor = new Party { Name = "Zakład Produkcyjny Żółw", Eori = SampleDeclarations.PolishEori, Address = new Address { StreetAndNumber = "ul. Piotrkowska 100", Postcode = "90-001", City = "Łódź", Country = "PL" } };
        transit.Offices.Transit = ["CZ000510"];
        transit.Consignment.TransportEquipment = [new TransportEquipment { ContainerIdentificationNumber = "MSKU1234565", Seals = ["PLSEAL0001", "PLSEAL0002"] }];
        transit.Consignment.DepartureTransportMeans = [new TransportMeans { TypeOfIdentification = "30", IdentificationNumber = "WX12345", Nationality = "PL" }];
        return transit;
    }

    [Fact]
    public void The_TAD_shows_the_transit_data_in_text_with_polish_letters()
    {
        var mrn = NewMrn(TransitLetter(security: 0));
        Assert.Equal('J', mrn[16]);
        var text = PdfText(AccompanyingDocuments.Render(Transit(), mrn, ReleasedAtUtc, "pl"));
        foreach (var expected in new[]
                 {
                     "TRANZYTOWY DOKUMENT TOWARZYSZĄCY", "TRANSIT ACCOMPANYING DOCUMENT", mrn, "WC/2026/T/0001", "T1 A",
                     "Spedycja Bałtyk Sp. z o.o.", "Zakład Produkcyjny Żółw", "Łódź", "Möbelhaus Berlin GmbH",
                     "PL321010", "DE002101", "CZ000510", "24PL32101000AB124", "PLSEAL0001, PLSEAL0002", "MSKU1234565", "WX12345 (PL)",
                     "Meble drewniane", "Części do pojazdów", "940360", "870899", "CT 40", "1A 2", "2026-07-01 14:30", "Strona / Page 1/1",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_EAD_shows_the_export_data_and_an_english_only_copy_has_english_labels()
    {
        var mrn = NewMrn('A');
        var text = PdfText(AccompanyingDocuments.Render(SampleDeclarations.Export(), mrn, ReleasedAtUtc, "pl"));
        foreach (var expected in new[]
                 {
                     "EKSPORTOWY DOKUMENT TOWARZYSZĄCY", "EXPORT ACCOMPANYING DOCUMENT", mrn, "WC/2026/E/0001", "EX A", "Fabryka Mebli S.A.",
                     "Furniture Imports Inc.", "PL321010", "PL301050", "Urząd eksportu", "Office of export", "94036010", "Meble drewniane",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var english = PdfText(AccompanyingDocuments.Render(SampleDeclarations.Export(), mrn, ReleasedAtUtc, "en"));
        Assert.Contains("Office of export", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Urząd eksportu", english, StringComparison.Ordinal);
        Assert.DoesNotContain("EKSPORTOWY", english, StringComparison.Ordinal);
        Assert.Contains("Page 1/1", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("transit")]
    [InlineData("export")]
    public void The_barcode_on_the_printed_page_reads_back_as_the_MRN(string family)
    {
        var (declaration, mrn) = family == "transit" ? (Transit(), NewMrn('J')) : (SampleDeclarations.Export(), NewMrn('A', "301050987654"));
        var (width, height, pixels) = Rasterize(AccompanyingDocuments.Render(declaration, mrn, ReleasedAtUtc, "pl"));
        var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.CODE_128], TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8));
        Assert.NotNull(result);
        Assert.Equal(BarcodeFormat.CODE_128, result.BarcodeFormat);
        Assert.Equal(mrn, result.Text);
    }

    [Fact]
    public void Many_goods_items_continue_on_numbered_pages()
    {
        var transit = Transit();
        transit.Items = Enumerable.Range(1, 120).Select(n => new GoodsItem
        {
            Number = n,
            Description = $"Towar nr {n} — części zamienne do maszyn rolniczych, żeliwne",
            CommodityCode = "84329000",
            GrossMass = 10m + n,
            NetMass = 9m + n,
            Packages = [new Packaging { Kind = "CT", Count = n }],
        }).ToList();
        var pdf = AccompanyingDocuments.Render(transit, NewMrn('J'), ReleasedAtUtc, "pl");
        var pages = int.Parse(Tool("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pages > 1, $"{pages} page(s)");
        var text = PdfText(pdf);
        var pageTexts = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.Equal(pages, pageTexts.Count);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"Strona / Page {page}/{pages}", pageTexts[page - 1], StringComparison.Ordinal);
        }

        Assert.Contains("Towar nr 1 —", pageTexts[0], StringComparison.Ordinal);
        Assert.Contains("Towar nr 120 —", pageTexts[^1], StringComparison.Ordinal);
        Assert.All(Enumerable.Range(1, 120), n => Assert.Contains($"Towar nr {n} —", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_has_no_accompanying_document()
    {
        Assert.Throws<ArgumentException>(() => AccompanyingDocuments.Render(SampleDeclarations.Import(), NewMrn('A'), ReleasedAtUtc, "pl"));
        Assert.Equal("TAD_X.pdf", AccompanyingDocuments.FileName(WrotaCelne.Plugins.Abstractions.DeclarationFamily.Transit, "X"));
        Assert.Equal("EAD_X.pdf", AccompanyingDocuments.FileName(WrotaCelne.Plugins.Abstractions.DeclarationFamily.Export, "X"));
    }

    [Fact]
    public async Task The_endpoint_answers_the_pdf_only_for_a_released_declaration_of_the_callers_organization()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var draft = await DraftEditingTests.CreateAsync(administrator, Transit(), "TAD-" + Guid.NewGuid().ToString("N")[..8]);
        var url = $"/api/v1/declarations/{draft.Id}/accompanying-document";

        var early = await administrator.GetAsync(url);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("printout.notReleased", (await Api.JsonAsync(early)).GetProperty("codes").GetProperty("status")[0].GetString());
        Assert.DoesNotContain("id=\"accompanying-document\"", await administrator.GetStringAsync($"/declarations/{draft.Id}"), StringComparison.Ordinal);

        // Nothing releases a declaration yet (the gateway pipeline will): the test sets what a release answer leaves behind.
        var mrn = NewMrn('J', "321010000777");
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
            var stored = await db.Declarations.SingleAsync(d => d.Id == draft.Id);
            db.Entry(stored).Property(d => d.Status).CurrentValue = DeclarationStatus.Released;
            db.Entry(stored).Property(d => d.Mrn).CurrentValue = mrn;
            await db.SaveChangesAsync();
        }

        var (stranger, _) = await Host.NewOrganizationAdministratorAsync("Obca agencja");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);

        var response = await administrator.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"TAD_{mrn}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Contains(mrn, PdfText(pdf), StringComparison.Ordinal);
        Assert.Contains("id=\"accompanying-document\"", await administrator.GetStringAsync($"/declarations/{draft.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_declaration_gets_a_conflict_not_a_document()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Import(), "IMP-" + Guid.NewGuid().ToString("N")[..8]);
        var response = await administrator.GetAsync($"/api/v1/declarations/{draft.Id}/accompanying-document");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("printout.none", (await Api.JsonAsync(response)).GetProperty("codes").GetProperty("family")[0].GetString());
    }

    /// <summary>Rule R0410: the procedure letter of a transit MRN follows the security indicator.</summary>
    private static char TransitLetter(int security) => security switch { 1 => 'L', 2 => 'K', 3 => 'M', _ => 'J' };

    private static string PdfText(byte[] pdf) => Tool("pdftotext", pdf, "-layout", "-enc", "UTF-8", "{pdf}", "-");

    /// <summary>The first page at 200 dpi in grey: width, height and one byte per pixel (pdftoppm's binary PGM).</summary>
    private static (int Width, int Height, byte[] Pixels) Rasterize(byte[] pdf)
    {
        var directory = TempDirectory.Create("printout");
        byte[] pgm;
        try
        {
            var prefix = Path.Combine(directory, "page");
            Tool("pdftoppm", pdf, "-r", "200", "-gray", "-f", "1", "-l", "1", "-singlefile", "{pdf}", prefix);
            pgm = File.ReadAllBytes(prefix + ".pgm");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        var position = 0;
        string Token()
        {
            while (true)
            {
                while (char.IsWhiteSpace((char)pgm[position]))
                {
                    position++;
                }

                if (pgm[position] != '#')
                {
                    break;
                }

                while (pgm[position] != '\n')
                {
                    position++;
                }
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(pgm, start, position - start);
        }

        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        position++; // the single whitespace before the pixels
        Assert.Equal(width * height, pgm.Length - position);
        return (width, height, pgm[position..]);
    }

    /// <summary>Runs a poppler tool on the PDF (written to a file for it, "{pdf}" in the arguments); its standard output.</summary>
    private static string Tool(string name, byte[] pdf, params string[] arguments)
    {
        var directory = TempDirectory.Create("printout");
        try
        {
            return Run(name, pdf, Path.Combine(directory, "document.pdf"), arguments);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Run(string name, byte[] pdf, string file, string[] arguments)
    {
        File.WriteAllBytes(file, pdf);
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments.Length == 0 ? ["{pdf}"] : arguments)
        {
            start.ArgumentList.Add(argument == "{pdf}" ? file : argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{name} did not finish");
        Assert.True(process.ExitCode == 0, $"{name} failed: {stderr.Result}");
        return output;
    }
}
