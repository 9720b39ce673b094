using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Complete declarations of each family that pass every rule; tests spoil one thing at a time.</summary>
internal static class SampleDeclarations
{
    /// <summary>A Polish EORI built on the valid NIP 5261040828.</summary>
    public const string PolishEori = "PL526104082800000";

    public static CustomsDeclaration Transit() => new()
    {
        Family = DeclarationFamily.Transit,
        DeclarationType = "T1",
        AdditionalDeclarationType = "A",
        Lrn = "WC/2026/T/0001",
        Security = 0,
        Offices = new Offices { Departure = "PL321010", Destination = "DE002101" },
        Parties = new Parties
        {
            Holder = new Party { Eori = PolishEori, Name = "Spedycja Bałtyk Sp. z o.o." },
            Consignee = new Party { Name = "Möbelhaus Berlin GmbH", Address = new Address { StreetAndNumber = "Hauptstraße 1", Postcode = "10115", City = "Berlin", Country = "DE" } },
        },
        Guarantees = [new GuaranteeReference { Type = "1", Grn = "24PL32101000AB124", Amount = 10000m, Currency = "EUR" }],
        Consignment = new Consignment
        {
            CountryOfDispatch = "PL",
            CountryOfDestination = "DE",
            InlandModeOfTransport = "3",
            ModeOfTransportAtBorder = "3",
            GrossMass = 1250.5m,
            PlaceOfLoading = new Place { UnLocode = "PLGDY" },
            TransportDocuments = [new DocumentReference { Type = "730", ReferenceNumber = "CMR 2026/118" }],
        },
        Items =
        [
            new GoodsItem { Number = 1, Description = "Meble drewniane", CommodityCode = "940360", GrossMass = 1000m, NetMass = 900m, Packages = [new Packaging { Kind = "CT", Count = 40, Marks = "WC-1" }] },
            new GoodsItem { Number = 2, Description = "Części do pojazdów", CommodityCode = "870899", GrossMass = 250.5m, NetMass = 230m, Packages = [new Packaging { Kind = "1A", Count = 2, Marks = "WC-2" }] },
        ],
    };

    public static CustomsDeclaration Export() => new()
    {
        Family = DeclarationFamily.Export,
        DeclarationType = "EX",
        AdditionalDeclarationType = "A",
        Lrn = "WC/2026/E/0001",
        Security = 0,
        InvoiceAmount = 15000m,
        InvoiceCurrency = "EUR",
        Offices = new Offices { Export = "PL321010", Exit = "PL301050" },
        Parties = new Parties
        {
            Exporter = new Party { Eori = PolishEori, Name = "Fabryka Mebli S.A." },
            Declarant = new Party { Eori = PolishEori },
            Consignee = new Party { Name = "Furniture Imports Inc.", Address = new Address { StreetAndNumber = "1 Main St", Postcode = "10001", City = "New York", Country = "US" } },
        },
        Consignment = new Consignment { CountryOfDestination = "US", GrossMass = 1000m },
        Items =
        [
            new GoodsItem
            {
                Number = 1, Description = "Meble drewniane", CommodityCode = "94036010", GrossMass = 1000m, NetMass = 900m,
                RequestedProcedure = "10", PreviousProcedure = "00", Packages = [new Packaging { Kind = "CT", Count = 40 }],
                SupportingDocuments = [new DocumentReference { Type = "380", ReferenceNumber = "FV/2026/001" }],
            },
        ],
    };

    public static CustomsDeclaration Import() => new()
    {
        Family = DeclarationFamily.Import,
        DeclarationType = "IM",
        AdditionalDeclarationType = "A",
        Lrn = "WC/2026/I/0001",
        Offices = new Offices { Import = "PL321010" },
        Parties = new Parties
        {
            Importer = new Party { Eori = PolishEori, Name = "Hurtownia Wschód Sp. z o.o." },
            Declarant = new Party { Eori = PolishEori },
        },
        Consignment = new Consignment { CountryOfDispatch = "CN", GrossMass = 500m },
        Items =
        [
            new GoodsItem
            {
                Number = 1, Description = "Krzesła z tworzywa", CommodityCode = "9401800000", GrossMass = 500m, NetMass = 450m, CountryOfOrigin = "CN",
                RequestedProcedure = "40", PreviousProcedure = "00", Packages = [new Packaging { Kind = "CT", Count = 50 }],
                PreviousDocuments = [new DocumentReference { Type = "T1", ReferenceNumber = "26PL321010000001J4" }],
            },
        ],
    };
}
