using WrotaCelne.FormatTests.Data;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>
/// Seeded canonical export declarations: every declaration and additional type, with and without representative,
/// optional groups present or absent, 1 to 100 items, diacritics and XML-special characters, real office, package
/// and document codes. Only data an export declaration carries is generated (no consignor, importer, place of unloading).
/// </summary>
internal static class ExportDeclarations
{
    public static CustomsDeclaration Generate(int seed)
    {
        var random = new Random(seed);
        var data = new TraderData(random);
        var exporter = data.PolishParty(full: data.Chance(60));
        var declaration = new CustomsDeclaration
        {
            Family = DeclarationFamily.Export,
            DeclarationType = data.Pick(["EX", "EU", "CO"]),
            AdditionalDeclarationType = data.Pick(["A", "B", "C", "D", "E", "F", "X", "Y", "Z"]),
            Lrn = data.Lrn("E", seed),
            Security = random.Next(0, 4),
            Offices = new Offices { Export = data.Pick(RefDataCodes.ExportOffices), Exit = data.Pick(RefDataCodes.ExitOffices) },
            Parties = new Parties
            {
                Exporter = exporter,
                Declarant = data.Chance(50) ? new Party { Eori = exporter.Eori } : data.PolishParty(full: data.Chance(50)),
                Representative = data.Chance(50) ? data.Representative() : null,
                Consignee = data.Chance(70) ? data.ForeignParty() : null,
                Carrier = data.Chance(20) ? data.PolishParty(full: true) : null,
            },
        };

        if (data.Chance(60))
        {
            declaration.InvoiceAmount = random.Next(100, 5_000_000) / 100m;
            declaration.InvoiceCurrency = data.Pick(TraderData.Currencies);
        }

        if (data.Chance(40))
        {
            declaration.Authorisations = [new Authorisation { Type = data.Pick(["C512", "C514", "C601"]), ReferenceNumber = $"PL/AUT/{data.Digits(6)}" }];
        }

        if (data.Chance(50))
        {
            declaration.DeliveryTerms = data.Chance(50)
                ? new DeliveryTerms { Incoterm = data.Pick(["FCA", "EXW", "DAP", "CIF"]), UnLocode = data.Pick(TraderData.UnLocodes) }
                : new DeliveryTerms { Incoterm = data.Pick(["FCA", "EXW", "DAP", "CIF"]), Country = "PL", Location = "Łódź, magazyn nr 2" };
        }

        declaration.Items = Enumerable.Range(1, data.ItemCount(seed)).Select(n => Item(n, data)).ToList();
        declaration.Consignment = Consignment(data, declaration.Items);
        return declaration;
    }

    private static Consignment Consignment(TraderData data, List<GoodsItem> items)
    {
        var consignment = new Consignment
        {
            CountryOfDestination = data.Chance(80) ? data.Pick(TraderData.ForeignCountries) : null,
            ContainerIndicator = data.Chance(50) ? data.Chance(50) : null,
            InlandModeOfTransport = data.Chance(60) ? data.Pick(RefDataCodes.TransportModes) : null,
            ModeOfTransportAtBorder = data.Chance(60) ? data.Pick(RefDataCodes.TransportModes) : null,
            GrossMass = data.Chance(70) ? items.Sum(i => i.GrossMass ?? 0) : null,
            ReferenceNumberUcr = data.Chance(20) ? $"6PL{data.Digits(10)}-UCR" : null,
            LocationOfGoods = data.Chance(50) ? data.LocationOfGoods() : null,
            PlaceOfLoading = data.Chance(30) ? new Place { UnLocode = data.Pick(TraderData.UnLocodes) } : null,
        };
        if (data.Chance(30))
        {
            consignment.TransportEquipment = [.. Enumerable.Range(0, data.Chance(50) ? 1 : 2).Select(_ => data.Container())];
        }

        if (data.Chance(40))
        {
            consignment.DepartureTransportMeans = [data.TransportMeans()];
        }

        if (data.Chance(30))
        {
            consignment.ActiveBorderTransportMeans = [data.TransportMeans()];
        }

        if (data.Chance(25))
        {
            consignment.CountriesOfRouting = ["PL", "DE", data.Pick(TraderData.ForeignCountries)];
        }

        if (data.Chance(30))
        {
            consignment.TransportDocuments = [data.Document(RefDataCodes.DocumentTypes)];
        }

        if (data.Chance(20))
        {
            consignment.SupportingDocuments = [data.Document(RefDataCodes.DocumentTypes)];
        }

        if (data.Chance(15))
        {
            consignment.PreviousDocuments = [data.Document(RefDataCodes.PreviousDocumentTypes)];
        }

        if (data.Chance(20))
        {
            consignment.AdditionalInformation = [new AdditionalInformation { Code = "00200", Text = data.Chance(50) ? "Wywóz & powrót — łączność" : null }];
        }

        return consignment;
    }

    private static GoodsItem Item(int number, TraderData data)
    {
        var gross = data.Mass(5000);
        var item = new GoodsItem
        {
            Number = number,
            Description = data.GoodsDescription(),
            CommodityCode = data.Digits(6) + data.Digits(2) + (data.Chance(20) ? data.Digits(2) : string.Empty),
            GrossMass = gross,
            NetMass = data.Chance(80) ? decimal.Round(gross * 0.9m, 3) : null,
            SupplementaryUnits = data.Chance(20) ? data.Mass(100) : null,
            CountryOfOrigin = data.Chance(50) ? data.Pick(["PL", "DE", "CN"]) : null,
            CountryOfDestination = data.Chance(20) ? data.Pick(TraderData.ForeignCountries) : null,
            RequestedProcedure = data.Pick(["10", "11", "21", "22", "23", "31"]),
            PreviousProcedure = data.Pick(["00", "40", "51", "71"]),
            StatisticalValue = data.Chance(40) ? data.Mass(100000) : null,
            UnNumber = data.Chance(5) ? "1203" : null,
            Packages = [.. Enumerable.Range(0, data.Chance(80) ? 1 : 3).Select(_ => data.Package())],
        };
        if (data.Chance(20))
        {
            item.AdditionalProcedures = [data.Pick(["B51", "C12", "F15", "1PL"])];
        }

        if (data.Chance(50))
        {
            item.SupportingDocuments = [data.Document(RefDataCodes.DocumentTypes)];
        }

        if (data.Chance(15))
        {
            item.PreviousDocuments = [data.Document(RefDataCodes.PreviousDocumentTypes)];
        }

        if (data.Chance(10))
        {
            item.TransportDocuments = [data.Document(RefDataCodes.DocumentTypes)];
        }

        if (data.Chance(15))
        {
            item.AdditionalReferences = [new AdditionalReference { Type = "Y023", ReferenceNumber = data.Chance(70) ? $"PL{data.Digits(10)}" : null }];
        }

        if (data.Chance(15))
        {
            item.AdditionalInformation = [new AdditionalInformation { Code = data.Pick(["00200", "30600", "FRPL1"]), Text = data.Chance(50) ? "Zwrot towaru – ręczny" : null }];
        }

        return item;
    }
}
