using WrotaCelne.FormatTests.Data;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>
/// Seeded canonical import declarations: every declaration and additional type, with and without representative and
/// exporter, optional groups present or absent, 1 to 100 items with TARIC codes and origin, diacritics, real codes.
/// Only data an import declaration carries is generated (no consignee, carrier, routing or departure means).
/// </summary>
internal static class ImportDeclarations
{
    public static CustomsDeclaration Generate(int seed)
    {
        var random = new Random(seed);
        var data = new TraderData(random);
        var importer = data.PolishParty(full: data.Chance(60));
        var declaration = new CustomsDeclaration
        {
            Family = DeclarationFamily.Import,
            DeclarationType = data.Pick(["IM", "EU", "CO"]),
            AdditionalDeclarationType = data.Pick(["A", "B", "C", "D", "E", "F", "X", "Y", "Z"]),
            Lrn = data.Lrn("I", seed),
            Security = data.Chance(30) ? random.Next(0, 4) : null,
            Offices = new Offices { Import = data.Pick(RefDataCodes.PolishOffices) },
            Parties = new Parties
            {
                Importer = importer,
                Declarant = data.Chance(50) ? new Party { Eori = importer.Eori } : data.PolishParty(full: data.Chance(50)),
                Representative = data.Chance(50) ? data.Representative() : null,
                Exporter = data.Chance(70) ? data.ForeignParty() : null,
            },
        };

        if (data.Chance(70))
        {
            declaration.InvoiceAmount = random.Next(100, 5_000_000) / 100m;
            declaration.InvoiceCurrency = data.Pick(TraderData.Currencies);
        }

        if (data.Chance(30))
        {
            declaration.Authorisations = [new Authorisation { Type = data.Pick(["C501", "C513", "C601"]), ReferenceNumber = $"PL/AUT/{data.Digits(6)}" }];
        }

        if (data.Chance(50))
        {
            declaration.DeliveryTerms = new DeliveryTerms { Incoterm = data.Pick(["CIF", "FOB", "DAP", "EXW"]), UnLocode = data.Chance(70) ? data.Pick(TraderData.UnLocodes) : null };
        }

        declaration.Items = Enumerable.Range(1, data.ItemCount(seed)).Select(n => Item(n, data)).ToList();
        declaration.Consignment = Consignment(data, declaration.Items);
        return declaration;
    }

    private static Consignment Consignment(TraderData data, List<GoodsItem> items)
    {
        var consignment = new Consignment
        {
            CountryOfDispatch = data.Chance(80) ? data.Pick(TraderData.ForeignCountries) : null,
            ContainerIndicator = data.Chance(50) ? data.Chance(50) : null,
            InlandModeOfTransport = data.Chance(50) ? data.Pick(RefDataCodes.TransportModes) : null,
            ModeOfTransportAtBorder = data.Chance(60) ? data.Pick(RefDataCodes.TransportModes) : null,
            GrossMass = data.Chance(70) ? items.Sum(i => i.GrossMass ?? 0) : null,
            ReferenceNumberUcr = data.Chance(20) ? $"6CN{data.Digits(10)}" : null,
            LocationOfGoods = data.Chance(60) ? data.LocationOfGoods() : null,
            PlaceOfLoading = data.Chance(30) ? new Place { Country = data.Pick(TraderData.ForeignCountries), Location = "Port Ningbo-Zhōushān" } : null,
        };
        if (data.Chance(40))
        {
            consignment.TransportEquipment = [data.Container()];
        }

        if (data.Chance(30))
        {
            consignment.ActiveBorderTransportMeans = [data.TransportMeans()];
        }

        if (data.Chance(40))
        {
            consignment.PreviousDocuments = [data.Document(RefDataCodes.PreviousDocumentTypes)];
        }

        if (data.Chance(30))
        {
            consignment.TransportDocuments = [data.Document(RefDataCodes.DocumentTypes)];
        }

        if (data.Chance(20))
        {
            consignment.SupportingDocuments = [data.Document(RefDataCodes.DocumentTypes)];
        }

        if (data.Chance(20))
        {
            consignment.AdditionalInformation = [new AdditionalInformation { Code = "DS001", Text = data.Chance(50) ? "GCT" : null }];
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
            CommodityCode = data.Digits(10),
            GrossMass = gross,
            NetMass = data.Chance(85) ? decimal.Round(gross * 0.95m, 3) : null,
            SupplementaryUnits = data.Chance(20) ? data.Mass(100) : null,
            CountryOfOrigin = data.Pick(["CN", "US", "VN", "IN", "TR", "JP"]),
            CountryOfDispatch = data.Chance(15) ? data.Pick(TraderData.ForeignCountries) : null,
            RequestedProcedure = data.Pick(["40", "42", "51", "61", "71"]),
            PreviousProcedure = data.Pick(["00", "71", "51"]),
            ItemPrice = data.Chance(60) ? data.Mass(100000) : null,
            StatisticalValue = data.Chance(40) ? data.Mass(100000) : null,
            UnNumber = data.Chance(5) ? "1993" : null,
            Packages = [.. Enumerable.Range(0, data.Chance(80) ? 1 : 2).Select(_ => data.Package())],
        };
        if (data.Chance(30))
        {
            item.AdditionalProcedures = [data.Pick(["C07", "F45", "2PL", "4DK"])];
        }

        if (data.Chance(50))
        {
            item.PreviousDocuments = [data.Document(RefDataCodes.PreviousDocumentTypes)];
        }

        if (data.Chance(40))
        {
            item.SupportingDocuments = [data.Document(RefDataCodes.DocumentTypes)];
        }

        if (data.Chance(15))
        {
            item.AdditionalReferences = [new AdditionalReference { Type = "Y923", ReferenceNumber = data.Chance(70) ? $"CBAM/{data.Digits(5)}" : null }];
        }

        if (data.Chance(15))
        {
            item.AdditionalInformation = [new AdditionalInformation { Code = data.Pick(["PCS01", "DS002", "00500"]), Text = data.Chance(50) ? "Przesyłka dzielona 1/2" : null }];
        }

        return item;
    }
}
