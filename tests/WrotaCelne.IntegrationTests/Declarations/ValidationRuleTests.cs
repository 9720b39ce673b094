using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Contracts.ReferenceData;
using WrotaCelne.Modules.Declarations.Domain.Validation;
using WrotaCelne.Modules.Declarations.Infrastructure;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>
/// The data-driven validation of a canonical declaration: every rule family (required, forbidden and dependent per
/// family and type, formats, check digits, codelists with the real ../shared/refdata codes, cross-field checks),
/// warnings against errors, labels, and new rules that need only data.
/// </summary>
public sealed class ValidationRuleTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static TheoryData<string> Families() => new("transit", "export", "import");

    [Theory]
    [MemberData(nameof(Families))]
    public async Task A_complete_declaration_of_each_family_has_no_findings(string family)
    {
        var findings = await ValidateAsync(Sample(family));
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public async Task Transit_requires_its_offices_holder_guarantee_and_masses()
    {
        var declaration = SampleDeclarations.Transit();
        declaration.Offices.Departure = null;
        declaration.Offices.Destination = null;
        declaration.Parties.Holder = null;
        declaration.Guarantees.Clear();
        declaration.Consignment.GrossMass = null;
        declaration.Items[1].Description = "  ";
        var findings = await ValidateAsync(declaration);
        AssertFinding(findings, "REQ-TRANSIT-DEPARTURE", "$.offices.departure");
        AssertFinding(findings, "REQ-TRANSIT-DESTINATION", "$.offices.destination");
        AssertFinding(findings, "REQ-TRANSIT-HOLDER", "$.parties.holder");
        AssertFinding(findings, "REQ-TRANSIT-GUARANTEE", "$.guarantees");
        AssertFinding(findings, "REQ-TRANSIT-CONSIGNMENT-GROSS-MASS", "$.consignment.grossMass");
        AssertFinding(findings, "REQ-ITEM-DESCRIPTION", "$.items[1].description");
        Assert.All(findings, f => Assert.Equal(ValidationSeverity.Error, f.Severity));
    }

    [Fact]
    public async Task Export_and_import_require_their_own_parties_offices_and_procedures_and_not_the_transit_ones()
    {
        var export = SampleDeclarations.Export();
        export.Parties.Exporter = null;
        export.Offices.Export = null;
        export.Offices.Exit = null;
        export.Items[0].RequestedProcedure = null;
        var exportFindings = await ValidateAsync(export);
        AssertFinding(exportFindings, "REQ-EXPORT-EXPORTER", "$.parties.exporter");
        AssertFinding(exportFindings, "REQ-EXPORT-OFFICE", "$.offices.export");
        AssertFinding(exportFindings, "REQ-EXPORT-EXIT-OFFICE", "$.offices.exit");
        AssertFinding(exportFindings, "REQ-ITEM-PROCEDURE", "$.items[0].requestedProcedure");
        Assert.DoesNotContain(exportFindings, f => f.Rule.StartsWith("REQ-TRANSIT-", StringComparison.Ordinal));

        var import = SampleDeclarations.Import();
        import.Parties.Importer = null;
        import.Parties.Declarant = null;
        import.Offices.Import = null;
        import.Items[0].CountryOfOrigin = null;
        import.Items[0].CommodityCode = null;
        var importFindings = await ValidateAsync(import);
        AssertFinding(importFindings, "REQ-IMPORT-IMPORTER", "$.parties.importer");
        AssertFinding(importFindings, "REQ-DECLARANT", "$.parties.declarant");
        AssertFinding(importFindings, "REQ-IMPORT-OFFICE", "$.offices.import");
        AssertFinding(importFindings, "REQ-IMPORT-ORIGIN", "$.items[0].countryOfOrigin");
        AssertFinding(importFindings, "REQ-COMMODITY-CODE", "$.items[0].commodityCode");
    }

    [Fact]
    public async Task Members_of_another_family_are_forbidden()
    {
        var export = SampleDeclarations.Export();
        export.Offices.Departure = "PL321010";
        export.Offices.Transit.Add("PL301050");
        export.Parties.Holder = new Party { Eori = SampleDeclarations.PolishEori };
        AssertFinding(await ValidateAsync(export), "FORBID-TRANSIT-OFFICES", "$.offices.departure");
        AssertFinding(await ValidateAsync(export), "FORBID-TRANSIT-OFFICES", "$.offices.transit");
        AssertFinding(await ValidateAsync(export), "FORBID-HOLDER", "$.parties.holder");

        var transit = SampleDeclarations.Transit();
        transit.Items[0].RequestedProcedure = "10";
        transit.Offices.Export = "PL321010";
        var findings = await ValidateAsync(transit);
        AssertFinding(findings, "FORBID-TRANSIT-PROCEDURES", "$.items[0].requestedProcedure");
        AssertFinding(findings, "FORBID-EXPORT-OFFICES", "$.offices.export");
    }

    [Fact]
    public async Task Dependent_requirements_follow_the_value_they_depend_on()
    {
        var transit = SampleDeclarations.Transit();
        transit.Security = 2;
        transit.Items[1].CommodityCode = null;
        transit.Guarantees = [new GuaranteeReference { Type = "3", OtherReference = "DEPOSIT-1", Amount = 100m, Currency = "PLN" }, new GuaranteeReference { Type = "1", Amount = 10m }];
        transit.Parties.Holder = new Party();
        transit.Consignment.LocationOfGoods = new LocationOfGoods { TypeOfLocation = "A", QualifierOfIdentification = "U" };
        var findings = await ValidateAsync(transit);
        AssertFinding(findings, "REQ-TRANSIT-EXIT-FOR-TRANSIT", "$.offices.exitForTransit");
        AssertFinding(findings, "REQ-TRANSIT-COMMODITY-CODE", "$.items[1].commodityCode");
        AssertFinding(findings, "REQ-GUARANTEE-GRN", "$.guarantees[1].grn");
        AssertFinding(findings, "REQ-GUARANTEE-CURRENCY", "$.guarantees[1].currency");
        Assert.DoesNotContain(findings, f => f.Path == "$.guarantees[0].grn");
        AssertFinding(findings, "REQ-PARTY-NAME", "$.parties.holder.name");
        AssertFinding(findings, "REQ-PARTY-ADDRESS", "$.parties.holder.address");
        AssertFinding(findings, "REQ-LOCATION-UNLOCODE", "$.consignment.locationOfGoods.unLocode");

        var noSecurity = SampleDeclarations.Transit();
        noSecurity.Items[1].CommodityCode = null;
        noSecurity.Guarantees[0].Type = "3";
        noSecurity.Guarantees[0].Grn = null;
        var calm = await ValidateAsync(noSecurity);
        Assert.DoesNotContain(calm, f => f.Rule is "REQ-TRANSIT-EXIT-FOR-TRANSIT" or "REQ-TRANSIT-COMMODITY-CODE" or "REQ-GUARANTEE-GRN");
        Assert.Equal(ValidationSeverity.Warning, AssertFinding(calm, "REQ-GUARANTEE-OTHER-REFERENCE", "$.guarantees[0].otherReference").Severity);
    }

    [Fact]
    public async Task A_rule_for_one_declaration_type_leaves_the_others_alone()
    {
        var tir = SampleDeclarations.Transit();
        tir.DeclarationType = "TIR";
        AssertFinding(await ValidateAsync(tir), "ONEOF-TIR-GUARANTEE-TYPE", "$.guarantees[0].type");
        tir.Guarantees[0] = new GuaranteeReference { Type = "B", OtherReference = "XA12345678" };
        Assert.DoesNotContain(await ValidateAsync(tir), f => f.Rule == "ONEOF-TIR-GUARANTEE-TYPE");

        Assert.DoesNotContain(await ValidateAsync(SampleDeclarations.Transit()), f => f.Rule == "ONEOF-TIR-GUARANTEE-TYPE");
        var unknownType = SampleDeclarations.Transit();
        unknownType.DeclarationType = "EX";
        AssertFinding(await ValidateAsync(unknownType), "ONEOF-TRANSIT-DECLARATION-TYPE", "$.declarationType");
    }

    [Fact]
    public async Task Values_stay_within_their_range_length_and_allowed_set()
    {
        var transit = SampleDeclarations.Transit();
        transit.Items[0].Packages[0].Count = -1;
        transit.Items[1].Description = new string('x', 513);
        transit.Parties.Representative = new Representative { Eori = SampleDeclarations.PolishEori, Status = "1" };
        var findings = await ValidateAsync(transit, English);
        Assert.Equal(
            [("ONEOF-REPRESENTATIVE-STATUS", "$.parties.representative.status"), ("RANGE-PACKAGE-COUNT", "$.items[0].packages[0].count"), ("MAX-ITEM-DESCRIPTION", "$.items[1].description")],
            findings.Select(f => (f.Rule, f.Path)).ToList());
        Assert.Equal("Representative › Representative status: \"1\" is not allowed (allowed: 2, 3).", findings[0].Message);
        Assert.Equal("Item 1 › Package 1 › Number of packages: -1 is out of the allowed range (≥ 0, ≤ 99999999).", findings[1].Message);
        Assert.Equal("Item 2 › Description of goods is at most 512 characters long (it has 513).", findings[2].Message);
    }

    [Theory]
    [InlineData("PL526104082800000", null)]
    [InlineData("DE123456789012345", null)]
    [InlineData("PL1234567890000", null)] // a Polish EORI built on a REGON: no NIP to check
    [InlineData("PL526104082900000", "FMT-EORI-NIP")] // the NIP's check digit is wrong
    [InlineData("pl526104082800000", "FMT-EORI")]
    [InlineData("PL", "FMT-EORI")]
    [InlineData("PL5261040828000001", "FMT-EORI")]
    public async Task Eori_numbers_and_the_nip_inside_a_polish_one(string eori, string? rule)
    {
        var declaration = SampleDeclarations.Transit();
        declaration.Parties.Holder!.Eori = eori;
        var findings = await ValidateAsync(declaration);
        if (rule is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(rule, Assert.Single(findings).Rule);
            Assert.Equal(("$.parties.holder.eori", "parties.holder.eori"), (findings[0].Path, findings[0].Field));
        }
    }

    [Theory]
    [InlineData("lrn", "WC/2026/T-1_a.b", null)]
    [InlineData("lrn", "-WC2026", "FMT-LRN")]
    [InlineData("lrn", "WC2026WC2026WC2026WC2026", "FMT-LRN")]
    [InlineData("hs", "940360", null)]
    [InlineData("hs", "94036010", null)]
    [InlineData("hs", "9403601000", null)]
    [InlineData("hs", "94036", "FMT-HS")]
    [InlineData("hs", "9403601", "FMT-HS")]
    [InlineData("hs", "9403.60", "FMT-HS")]
    [InlineData("unlocode", "PLWAW", null)]
    [InlineData("unlocode", "PL-GDY", "FMT-UNLOCODE")]
    [InlineData("unlocode", "plgdy", "FMT-UNLOCODE")]
    [InlineData("currency", "PLN", null)]
    [InlineData("currency", "EURO", "FMT-CURRENCY")]
    [InlineData("currency", "XYZ", "CL-CURRENCY")] // well formed, but not an ISO 4217 currency
    [InlineData("country", "DE", null)]
    [InlineData("country", "Niemcy", "FMT-COUNTRY")]
    [InlineData("country", "XX", "CL-COUNTRY")]
    [InlineData("office", "PL32101", "FMT-OFFICE")]
    public async Task Formats(string format, string value, string? rule)
    {
        var declaration = SampleDeclarations.Transit();
        var path = format switch
        {
            "lrn" => Set(() => declaration.Lrn = value, "$.lrn"),
            "hs" => Set(() => declaration.Items[0].CommodityCode = value, "$.items[0].commodityCode"),
            "unlocode" => Set(() => declaration.Consignment.PlaceOfLoading!.UnLocode = value, "$.consignment.placeOfLoading.unLocode"),
            "currency" => Set(() => declaration.Guarantees[0].Currency = value, "$.guarantees[0].currency"),
            "country" => Set(() => declaration.Consignment.CountryOfDestination = value, "$.consignment.countryOfDestination"),
            _ => Set(() => declaration.Offices.Departure = value, "$.offices.departure"),
        };
        var findings = await ValidateAsync(declaration);
        if (rule is null)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings); // a malformed code is not also reported as unknown
            Assert.Equal((rule, path), (finding.Rule, finding.Path));
        }
    }

    [Fact]
    public async Task A_polish_commodity_code_shorter_than_taric_is_only_a_warning_on_import()
    {
        var import = SampleDeclarations.Import();
        import.Items[0].CommodityCode = "94018000";
        var finding = Assert.Single(await ValidateAsync(import));
        Assert.Equal(("FMT-TARIC-IMPORT", ValidationSeverity.Warning), (finding.Rule, finding.Severity));

        var transit = SampleDeclarations.Transit();
        transit.Items[0].CommodityCode = "94036010";
        Assert.Empty(await ValidateAsync(transit));
    }

    [Theory]
    [InlineData("21DE27364916384836", null)]
    [InlineData("21DE12345678901234", null)]
    [InlineData("21DE27364916384837", "FMT-MRN")]
    [InlineData("21DE2736491638483", "FMT-MRN")]
    public async Task Mrn_check_digit(string mrn, string? rule)
    {
        var export = SampleDeclarations.Export();
        export.Mrn = mrn;
        var findings = await ValidateAsync(export);
        Assert.Equal(rule, findings.SingleOrDefault()?.Rule);
    }

    [Theory]
    [InlineData("24PL32101000AB124", null)]
    [InlineData("26DE1234567890AB0A123456", null)]
    [InlineData("24PL32101000AB125", "FMT-GRN")]
    [InlineData("26DE1234567890AB0A12345", "FMT-GRN")]
    public async Task Grn_check_digit(string grn, string? rule)
    {
        var transit = SampleDeclarations.Transit();
        transit.Guarantees[0].Grn = grn;
        var findings = await ValidateAsync(transit);
        Assert.Equal(rule, findings.SingleOrDefault()?.Rule);
        Assert.All(findings, f => Assert.Equal("$.guarantees[0].grn", f.Path));
    }

    [Theory]
    [InlineData(0, "26PL321010000001J4", null)]
    [InlineData(2, "26PL321010000001K2", null)]
    [InlineData(1, "26PL321010000001L9", null)]
    [InlineData(3, "26PL321010000001M7", null)]
    [InlineData(2, "26PL321010000001J4", "$.mrn")]
    [InlineData(0, "26PL321010000001K2", "$.mrn")]
    [InlineData(5, null, "$.security")]
    public async Task R0410_matches_the_procedure_letter_to_security(int security, string? mrn, string? path)
    {
        var transit = SampleDeclarations.Transit();
        transit.Security = security;
        transit.Mrn = mrn;
        transit.Offices.ExitForTransit.Add("PL301050");
        var findings = (await ValidateAsync(transit, English)).Where(f => f.Rule == "R0410").ToList();
        Assert.Equal(path, findings.SingleOrDefault()?.Path);
        if (path == "$.mrn")
        {
            Assert.Contains($"\"{R0410Check.Expected(security)}\"", findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Offices_must_exist_and_have_the_role_of_their_place()
    {
        var transit = SampleDeclarations.Transit();
        transit.Offices.Departure = "PL321010";    // GDYNIA OC 'BASEN V': DEP
        transit.Offices.Destination = "PL021045";  // a tax office: EXC only
        transit.Offices.Transit.AddRange(["PL301050", "PL301010"]); // TERESPOL has TRA, BIAŁA PODLASKA has not
        transit.Security = 2;
        transit.Items.ForEach(i => i.CommodityCode ??= "940360");
        transit.Offices.ExitForTransit.Add("PL999999"); // not an office at all
        var findings = await ValidateAsync(transit, English);
        Assert.DoesNotContain(findings, f => f.Path == "$.offices.departure");
        Assert.DoesNotContain(findings, f => f.Path == "$.offices.transit[0]");
        var destination = AssertFinding(findings, "CL-OFFICE-DES", "$.offices.destination");
        Assert.Equal("Office of destination: customs office \"PL021045\" does not have the DES role.", destination.Message);
        AssertFinding(findings, "CL-OFFICE-TRA", "$.offices.transit[1]");
        var unknown = AssertFinding(findings, "CL-OFFICE-EXT", "$.offices.exitForTransit[0]");
        Assert.Contains("is not in the list of customs offices", unknown.Message, StringComparison.Ordinal);

        var export = SampleDeclarations.Export();
        export.Offices.Export = "PL021045";
        export.Offices.Exit = "PL360003"; // ŁÓDŹ Dep&Des: no EXT
        var exportFindings = await ValidateAsync(export);
        AssertFinding(exportFindings, "CL-OFFICE-EXP", "$.offices.export");
        AssertFinding(exportFindings, "CL-OFFICE-EXT", "$.offices.exit");
    }

    [Fact]
    public async Task Package_kinds_transport_modes_document_types_and_countries_come_from_their_codelists()
    {
        var transit = SampleDeclarations.Transit();
        transit.Items[1].Packages.Add(new Packaging { Kind = "ZZ9", Count = 1 });
        transit.Items[1].Packages.Add(new Packaging { Kind = "VQ" }); // bulk: no count needed
        transit.Consignment.InlandModeOfTransport = "6";
        transit.Consignment.TransportDocuments.Add(new DocumentReference { Type = "N730", ReferenceNumber = "CMR 2" });
        transit.Consignment.PreviousDocuments.Add(new DocumentReference { Type = "T2F", ReferenceNumber = "26PL321010000001J4" });
        transit.Consignment.PreviousDocuments.Add(new DocumentReference { Type = "N999", ReferenceNumber = "X" });
        transit.Consignment.CountriesOfRouting.AddRange(["PL", "QQ"]);
        var findings = await ValidateAsync(transit);
        Assert.Equal(
            [
                ("CL-TRANSPORT-MODE", "$.consignment.inlandModeOfTransport"),
                ("CL-COUNTRY", "$.consignment.countriesOfRouting[1]"),
                ("CL-DOCUMENT-TYPE", "$.consignment.transportDocuments[1].type"),
                ("FMT-TRANSIT-PREVIOUS-DOCUMENT-TYPE", "$.consignment.previousDocuments[0].type"), // T2F: NCTS P5 wants 4 characters
                ("CL-PREVIOUS-DOCUMENT-TYPE", "$.consignment.previousDocuments[1].type"),
                ("CL-PACKAGE-KIND", "$.items[1].packages[1].kind"),
            ],
            findings.Select(f => (f.Rule, f.Path)).ToList());
    }

    [Fact]
    public async Task Validation_asks_the_codelists_each_question_once()
    {
        var transit = SampleDeclarations.Transit();
        transit.Items.ForEach(i => i.Packages[0].Kind = "CT");
        transit.Items.Add(new GoodsItem { Number = 3, Description = "Krzesła", GrossMass = 1m, Packages = [new Packaging { Kind = "CT", Count = 1 }] });
        transit.Consignment.GrossMass += 1m;
        var codeLists = new RefDataCodeLists();
        Assert.Empty(await new DeclarationValidator(DeclarationRules.Default, codeLists).ValidateAsync(transit, Day, Polish, CancellationToken.None));
        // EUR; PL and DE (DE twice); transport mode 3 (twice); document type 730; the two offices; CT (three times)
        Assert.Equal(8, codeLists.Questions);
    }

    [Fact]
    public async Task The_real_lookup_over_an_imported_list_applies_the_office_roles()
    {
        var directory = TempDirectory.Create("validation");
        var options = new DbContextOptionsBuilder<DeclarationsDbContext>();
        ModuleDatabase.Configure(options, directory, DeclarationsDbContext.FileName, typeof(DeclarationsDbContext));
        try
        {
            await using (var db = new DeclarationsDbContext(options.Options))
            {
                await db.Database.MigrateAsync();
                var content = await File.ReadAllBytesAsync(SharedFiles.RefData("customsOfficesP5.json"));
                var import = await new ImportCodeListHandler(db, TimeProvider.System).HandleAsync(new ImportCodeList("customs-offices", "customsOfficesP5.json", content, "tests"), CancellationToken.None);
                Assert.True(import.Added > 3000);

                var lookup = new CodeListLookup(db);
                var today = DateOnly.FromDateTime(DateTime.UtcNow);
                Assert.True(await lookup.ContainsAsync("customs-offices", "PL321010", today, "roles", "DEP", CancellationToken.None));
                Assert.False(await lookup.ContainsAsync("customs-offices", "PL021045", today, "roles", "DES", CancellationToken.None));
                Assert.True(await lookup.ContainsAsync("customs-offices", "PL021045", today, null, null, CancellationToken.None));
                Assert.True(await lookup.ContainsAsync("customs-offices", "PL021045", today, CancellationToken.None)); // the existing question still answers

                var transit = SampleDeclarations.Transit();
                transit.Offices.Destination = "PL021045";
                transit.Offices.Transit.Add("PL999999");
                transit.Items[0].Packages[0].Kind = "ZZ9"; // kinds of package not imported here: nothing to refuse it with
                var findings = await new DeclarationValidator(DeclarationRules.Default, lookup).ValidateAsync(transit, today, Polish, CancellationToken.None);
                Assert.Equal([("CL-OFFICE-DES", "$.offices.destination"), ("CL-OFFICE-TRA", "$.offices.transit[0]")], findings.Select(f => (f.Rule, f.Path)).ToList());
                Assert.Equal("Pole „Urząd przeznaczenia”: urząd celny „PL021045” nie pełni roli DES.", findings[0].Message);
                Assert.False(await lookup.ContainsAsync("kinds-of-package", "ZZ9", today, CancellationToken.None));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Net_mass_above_gross_mass_points_at_the_net_mass()
    {
        var transit = SampleDeclarations.Transit();
        transit.Items[0].NetMass = 1000.5m;
        var finding = Assert.Single(await ValidateAsync(transit));
        Assert.Equal(("MASS-NET-GROSS", "$.items[0].netMass", "items[*].netMass", ValidationSeverity.Error), (finding.Rule, finding.Path, finding.Field, finding.Severity));
        Assert.Equal("Pole „Pozycja 1 › Masa netto (kg)”: masa netto 1000,5 kg jest większa od masy brutto 1000 kg.", finding.Message);
    }

    [Theory]
    [InlineData(1250.5, null)]
    [InlineData(1240, "Error")]     // the items weigh 10.5 kg more than the whole consignment
    [InlineData(1250, "Warning")]   // 0.5 kg: rounding
    [InlineData(1251.5, "Warning")] // 1 kg: still within the tolerance
    [InlineData(1350, "Warning")]   // lighter items: goods left out, or packaging counted in the total
    public async Task Item_gross_masses_add_up_to_the_consignment(double consignment, string? severity)
    {
        var transit = SampleDeclarations.Transit();
        transit.Consignment.GrossMass = (decimal)consignment;
        var findings = await ValidateAsync(transit);
        Assert.Equal(severity, findings.SingleOrDefault()?.Severity.ToString());
        Assert.All(findings, f => Assert.Equal(("MASS-SUM", "$.consignment.grossMass"), (f.Rule, f.Path)));
    }

    [Fact]
    public async Task Items_are_numbered_one_to_n_in_order()
    {
        var transit = SampleDeclarations.Transit();
        transit.Items[1].Number = 3;
        var finding = Assert.Single(await ValidateAsync(transit, English));
        Assert.Equal(("ITEM-NUMBERS", "$.items[1].number"), (finding.Rule, finding.Path));
        Assert.Equal("Item 2 › Item number: number 3 where 2 is expected (items are numbered 1 to n in order).", finding.Message);
    }

    [Fact]
    public async Task Labels_and_messages_follow_the_culture_and_name_the_nested_place()
    {
        var transit = SampleDeclarations.Transit();
        transit.Offices.Departure = null;
        transit.Items[1].Packages.Add(new Packaging { Count = 3 });

        var polish = await ValidateAsync(transit, Polish);
        var departure = AssertFinding(polish, "REQ-TRANSIT-DEPARTURE", "$.offices.departure");
        Assert.Equal(("offices.departure", "Urząd wyjścia", "Pole „Urząd wyjścia” jest wymagane."), (departure.Field, departure.Label, departure.Message));
        var kind = AssertFinding(polish, "REQ-PACKAGE-KIND", "$.items[1].packages[1].kind");
        Assert.Equal(("items[*].packages[*].kind", "Rodzaj opakowań"), (kind.Field, kind.Label));
        Assert.Equal("Pole „Pozycja 2 › Opakowanie 2 › Rodzaj opakowań” jest wymagane.", kind.Message);

        var english = await ValidateAsync(transit, English);
        departure = AssertFinding(english, "REQ-TRANSIT-DEPARTURE", "$.offices.departure");
        Assert.Equal(("Office of departure", "Office of departure is required."), (departure.Label, departure.Message));
        Assert.Equal("Item 2 › Package 2 › Kind of packages is required.", AssertFinding(english, "REQ-PACKAGE-KIND", "$.items[1].packages[1].kind").Message);

        Assert.Equal("Odbiorca › Adres › Miejscowość", FieldLabels.Default.Describe("$.parties.consignee.address.city", Polish));
        Assert.Equal("Kod towaru (HS/CN/TARIC)", FieldLabels.Default.Label("items[*].commodityCode", CultureInfo.GetCultureInfo("pl-PL")));
        Assert.Equal("Nadawca", FieldLabels.Default.Label("parties.consignor", CultureInfo.GetCultureInfo("de"))); // no German: Polish
        Assert.Equal("no.such[*].field", FieldLabels.Default.Label("no.such[*].field", English));
    }

    [Fact]
    public async Task Findings_come_in_document_order()
    {
        var transit = SampleDeclarations.Transit();
        transit.Items[1].Description = null;
        transit.Items[0].Packages[0].Kind = null;
        transit.Items[0].GrossMass = null;
        transit.Consignment.GrossMass = null;
        transit.Lrn = null;
        transit.Offices.Destination = null;
        var findings = await ValidateAsync(transit);
        Assert.Equal(
            ["$.lrn", "$.offices.destination", "$.consignment.grossMass", "$.items[0].grossMass", "$.items[0].packages[0].kind", "$.items[1].description"],
            findings.Select(f => f.Path).ToList());
    }

    [Fact]
    public async Task A_new_rule_needs_only_data()
    {
        var declaration = SampleDeclarations.Transit();
        Assert.Empty(await ValidateAsync(declaration));

        var rules = JsonNode.Parse(EmbeddedFile.Read("declaration-rules.json"))!;
        rules["rules"]!.AsArray().Add(JsonNode.Parse("""{ "code": "REQ-UCR", "kind": "required", "path": "$.consignment.referenceNumberUcr", "families": ["transit"] }"""));
        rules["rules"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "FMT-LRN-PREFIX", "kind": "format", "path": "$.lrn", "pattern": "PL[A-Z0-9/]+", "severity": "warning",
              "messages": { "format": { "pl": "LRN „{value}” nie zaczyna się od PL.", "en": "LRN \"{value}\" does not start with PL." } } }
            """));
        var changed = DeclarationRules.Parse(rules.ToJsonString());
        var findings = await new DeclarationValidator(changed, new RefDataCodeLists()).ValidateAsync(declaration, Day, English, CancellationToken.None);
        Assert.Equal([("FMT-LRN-PREFIX", "$.lrn", ValidationSeverity.Warning), ("REQ-UCR", "$.consignment.referenceNumberUcr", ValidationSeverity.Error)], findings.Select(f => (f.Rule, f.Path, f.Severity)).ToList());
        Assert.Equal("LRN \"WC/2026/T/0001\" does not start with PL.", findings[0].Message);
        Assert.Equal("Consignment › Reference number (UCR) is required.", findings[1].Message);
    }

    [Theory]
    [InlineData("""{ "code": "X", "kind": "format", "path": "$.lrn", "format": "isbn" }""", "Unknown format")]
    [InlineData("""{ "code": "X", "kind": "check", "path": "$.lrn", "check": "NOPE" }""", "Unknown check")]
    [InlineData("""{ "code": "X", "kind": "required", "path": "$.items[*.grossMass" }""", "not a path")]
    [InlineData("""{ "code": "X", "kind": "required", "path": "$.lrn", "families": ["transport"] }""", "Unknown family")]
    [InlineData("""{ "code": "X", "kind": "required", "path": "$.lrn", "when": { "path": "$.mrn" } }""", "tests nothing")]
    public void A_rule_that_cannot_work_is_refused_with_its_code(string rule, string problem)
    {
        var rules = JsonNode.Parse(EmbeddedFile.Read("declaration-rules.json"))!;
        rules["rules"]!.AsArray().Add(JsonNode.Parse(rule));
        var error = Assert.Throws<FormatException>(() => DeclarationRules.Parse(rules.ToJsonString()));
        Assert.Contains("(X)", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => DeclarationRules.Parse("""{ "version": "1", "messages": {}, "rules": [], "typo": 1 }"""));
    }

    [Fact]
    public void Every_field_of_the_model_has_a_label_in_polish_and_english_and_every_label_a_field()
    {
        var fields = ModelFields(typeof(CustomsDeclaration), "").ToList();
        Assert.Contains("items[*].packages[*].kind", fields);
        Assert.Contains("offices.transit[*]", fields);
        var missing = fields.Where(f => !FieldLabels.Default.Has(f, "pl") || !FieldLabels.Default.Has(f, "en")).ToList();
        Assert.True(missing.Count == 0, "No label for: " + string.Join(", ", missing));
        var stale = FieldLabels.Default.Fields.Where(f => f != "$" && !fields.Contains(f)).ToList();
        Assert.True(stale.Count == 0, "Labels of no field: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_rule_path_names_fields_of_the_model()
    {
        var fields = ModelFields(typeof(CustomsDeclaration), "").ToList();
        var paths = DeclarationRules.Default.Rules.SelectMany(r => r.Paths.Concat(r.Conditions.Select(c => c.Path)).Select(p => (r.Code, p.Field))).ToList();
        Assert.True(paths.Count > 100);
        var unknown = paths.Where(p => p.Field != "$" && !fields.Any(f => Regex.IsMatch(f, "^" + Regex.Escape(p.Field).Replace(@"\.\*", @"\.[A-Za-z]+", StringComparison.Ordinal) + "$"))).ToList();
        Assert.True(unknown.Count == 0, "Paths naming no field: " + string.Join(", ", unknown));
    }

    private static async Task<IReadOnlyList<ValidationFinding>> ValidateAsync(CustomsDeclaration declaration, CultureInfo? culture = null) =>
        await new DeclarationValidator(DeclarationRules.Default, new RefDataCodeLists()).ValidateAsync(declaration, Day, culture ?? Polish, CancellationToken.None);

    private static ValidationFinding AssertFinding(IReadOnlyList<ValidationFinding> findings, string rule, string path)
    {
        var found = findings.Where(f => f.Rule == rule && f.Path == path).ToList();
        Assert.True(found.Count == 1, $"Expected {rule} at {path}; found: {string.Join("; ", findings.Select(f => $"{f.Rule} {f.Path}"))}");
        return found[0];
    }

    private static CustomsDeclaration Sample(string family) => family switch
    {
        "transit" => SampleDeclarations.Transit(),
        "export" => SampleDeclarations.Export(),
        _ => SampleDeclarations.Import(),
    };

    private static string Set(Action change, string path)
    {
        change();
        return path;
    }

    /// <summary>Every member path of the model as the canonical JSON names it: camelCase, list elements as [*].</summary>
    private static IEnumerable<string> ModelFields(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var field = (prefix.Length == 0 ? "" : prefix + ".") + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            yield return field;
            var propertyType = property.PropertyType;
            if (IsScalar(propertyType))
            {
                continue;
            }

            if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(List<>))
            {
                var element = propertyType.GetGenericArguments()[0];
                yield return field + "[*]";
                if (!IsScalar(element))
                {
                    foreach (var nested in ModelFields(element, field + "[*]"))
                    {
                        yield return nested;
                    }
                }
            }
            else
            {
                foreach (var nested in ModelFields(propertyType, field))
                {
                    yield return nested;
                }
            }
        }
    }

    private static bool IsScalar(Type type)
    {
        var actual = Nullable.GetUnderlyingType(type) ?? type;
        return actual.IsPrimitive || actual.IsEnum || actual == typeof(string) || actual == typeof(decimal) || actual == typeof(DateOnly) || actual == typeof(DateTime);
    }
}
