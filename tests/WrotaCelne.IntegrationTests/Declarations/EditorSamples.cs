using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Declarations for the editing and archive tests, with real codes (offices, package kinds) from ../shared/refdata.</summary>
internal static class EditorSamples
{
    public static CustomsDeclaration Transit(string consignee = "Müller Logistik GmbH", string goods = "Laptopy") => new()
    {
        Family = DeclarationFamily.Transit,
        DeclarationType = "T1",
        AdditionalDeclarationType = "A",
        Security = 0,
        Offices = new Offices { Departure = "PL301010", Destination = "DE002101" },
        Parties = new Parties
        {
            Holder = new Party { Eori = "PL5261040828000", Name = "Agencja Celna Brama Sp. z o.o.", Address = new Address { StreetAndNumber = "ul. Celna 1", Postcode = "00-950", City = "Warszawa", Country = "PL" } },
            Consignor = new Party { Eori = "PL7740001454000", Name = "Fabryka Łódź S.A.", Address = new Address { StreetAndNumber = "ul. Piotrkowska 1", Postcode = "90-001", City = "Łódź", Country = "PL" } },
            Consignee = new Party { Eori = "DE123456789012345", Name = consignee, Address = new Address { StreetAndNumber = "Hafenstraße 5", Postcode = "20457", City = "Hamburg", Country = "DE" } },
        },
        Guarantees = [new GuaranteeReference { Type = "1", Grn = "24PL32101000AB124", Amount = 5000m, Currency = "PLN" }],
        Consignment = new Consignment
        {
            CountryOfDispatch = "PL",
            CountryOfDestination = "DE",
            InlandModeOfTransport = "3",
            GrossMass = 120.5m,
            DepartureTransportMeans = [new TransportMeans { TypeOfIdentification = "30", IdentificationNumber = "WX12345", Nationality = "PL" }],
        },
        Items =
        [
            new GoodsItem { Number = 1, Description = goods, CommodityCode = "847130", GrossMass = 100.5m, NetMass = 90m, Packages = [new Packaging { Kind = "CT", Count = 10, Marks = "BRAMA 1-10" }] },
            new GoodsItem { Number = 2, Description = "Zasilacze", CommodityCode = "850440", GrossMass = 20m, NetMass = 18m, Packages = [new Packaging { Kind = "CT", Count = 2 }] },
        ],
    };
}
