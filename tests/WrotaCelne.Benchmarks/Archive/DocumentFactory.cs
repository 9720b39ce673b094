using System.Globalization;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>Canonical documents as an agency fills them in: parties with addresses, offices, transport, guarantee or invoice, and goods items.</summary>
internal sealed class DocumentFactory(CompanyDirectory companies, Company agency)
{
    private static readonly string[] Countries = ["DE", "NL", "FR", "BE", "IT", "ES", "CZ", "AT"];

    private readonly WeightedPicker _polish = new(companies.Polish.Count, 0.8);
    private readonly WeightedPicker _german = new(companies.German.Count, 0.8);
    private readonly WeightedPicker _goods = new(GoodsVocabulary.Nouns.Length, 0.7);

    public CustomsDeclaration Create(Random random, DeclarationFamily family, string office, int items)
    {
        var polish = companies.Polish[_polish.Pick(random)];
        var german = companies.German[_german.Pick(random)];
        var document = family switch
        {
            DeclarationFamily.Transit => Transit(random, office, polish, german),
            DeclarationFamily.Export => Export(random, office, polish, german),
            _ => Import(random, office, polish, german),
        };
        for (var number = 1; number <= items; number++)
        {
            document.Items.Add(Item(random, number, family));
        }

        document.Consignment.GrossMass = document.Items.Sum(i => i.GrossMass);
        return document;
    }

    /// <summary>The draft the save benchmark edits: a transit declaration with <paramref name="items"/> goods items.</summary>
    public CustomsDeclaration LargeTransitDraft(Random random, string office, int items)
    {
        var document = Create(random, DeclarationFamily.Transit, office, items);
        document.Consignment.TransportEquipment = [new TransportEquipment { ContainerIdentificationNumber = "MSKU1234565", Seals = ["PL0012345", "PL0012346"] }];
        return document;
    }

    private CustomsDeclaration Transit(Random random, string office, Company consignor, Company consignee) => new()
    {
        Family = DeclarationFamily.Transit,
        DeclarationType = random.Next(10) < 8 ? "T1" : "T2",
        AdditionalDeclarationType = "A",
        Security = 0,
        Offices = new Offices { Departure = office, Destination = OfficeCodes.Foreign[random.Next(OfficeCodes.Foreign.Count)] },
        Parties = new Parties { Holder = agency.ToParty(), Consignor = consignor.ToParty(), Consignee = consignee.ToParty() },
        Guarantees = [new GuaranteeReference { Type = "1", Grn = "24PL32101000AB124", Amount = random.Next(1, 100) * 1000m, Currency = "PLN" }],
        Consignment = Consignment(random, "PL", consignee.Country),
    };

    private CustomsDeclaration Export(Random random, string office, Company exporter, Company consignee) => new()
    {
        Family = DeclarationFamily.Export,
        DeclarationType = "EX",
        AdditionalDeclarationType = "A",
        Offices = new Offices { Export = office, Exit = OfficeCodes.Exit[random.Next(OfficeCodes.Exit.Count)] },
        Parties = new Parties { Exporter = exporter.ToParty(), Consignee = consignee.ToParty(), Declarant = agency.ToParty(), Representative = Representative() },
        InvoiceAmount = random.Next(1_000, 500_000),
        InvoiceCurrency = random.Next(3) == 0 ? "PLN" : "EUR",
        DeliveryTerms = new DeliveryTerms { Incoterm = random.Next(2) == 0 ? "FCA" : "DAP", Country = consignee.Country, Location = consignee.City },
        Consignment = Consignment(random, "PL", Countries[random.Next(Countries.Length)]),
    };

    private CustomsDeclaration Import(Random random, string office, Company importer, Company consignor) => new()
    {
        Family = DeclarationFamily.Import,
        DeclarationType = "IM",
        AdditionalDeclarationType = "A",
        Offices = new Offices { Import = office },
        Parties = new Parties { Importer = importer.ToParty(), Consignor = consignor.ToParty(), Declarant = agency.ToParty(), Representative = Representative() },
        InvoiceAmount = random.Next(1_000, 500_000),
        InvoiceCurrency = "EUR",
        DeliveryTerms = new DeliveryTerms { Incoterm = "EXW", Country = consignor.Country, Location = consignor.City },
        Consignment = Consignment(random, consignor.Country, "PL"),
    };

    private Representative Representative() => new() { Eori = agency.Eori, Name = agency.Name, Status = "2" };

    private static Consignment Consignment(Random random, string from, string to) => new()
    {
        CountryOfDispatch = from,
        CountryOfDestination = to,
        ContainerIndicator = false,
        InlandModeOfTransport = "3",
        ModeOfTransportAtBorder = "3",
        DepartureTransportMeans = [new TransportMeans { TypeOfIdentification = "30", IdentificationNumber = Plate(random), Nationality = "PL" }],
        TransportDocuments = [new DocumentReference { Type = "N730", ReferenceNumber = "CMR/" + random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture) }],
    };

    private GoodsItem Item(Random random, int number, DeclarationFamily family)
    {
        var (noun, code) = GoodsVocabulary.Nouns[_goods.Pick(random)];
        var description = noun + " " + GoodsVocabulary.Adjectives[random.Next(GoodsVocabulary.Adjectives.Length)];
        if (random.Next(3) == 0)
        {
            description += " " + GoodsVocabulary.Materials[random.Next(GoodsVocabulary.Materials.Length)];
        }

        var net = Math.Round((decimal)(random.NextDouble() * 5_000) + 1, 2);
        var packages = random.Next(1, 40);
        return new GoodsItem
        {
            Number = number,
            Description = description,
            CommodityCode = family == DeclarationFamily.Transit ? code[..6] : code,
            GrossMass = net + packages,
            NetMass = net,
            Packages = [new Packaging { Kind = GoodsVocabulary.PackageKinds[random.Next(GoodsVocabulary.PackageKinds.Length)], Count = packages, Marks = "BRAK OZNACZEŃ" }],
            CountryOfOrigin = family == DeclarationFamily.Import ? "CN" : "PL",
            RequestedProcedure = family switch { DeclarationFamily.Export => "10", DeclarationFamily.Import => "40", _ => null },
            PreviousProcedure = family == DeclarationFamily.Transit ? null : "00",
            StatisticalValue = family == DeclarationFamily.Transit ? null : Math.Round(net * 4.3m, 2),
        };
    }

    private static string Plate(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(10_000, 99_999)}");
}
