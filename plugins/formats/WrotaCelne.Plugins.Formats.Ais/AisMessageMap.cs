using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Answers;
using WrotaCelne.Plugins.Formats.Mapping;
using static WrotaCelne.Plugins.Formats.Mapping.DataModelGroups;

namespace WrotaCelne.Plugins.Formats.Ais;

/// <summary>
/// THE mapping of the AIS/IMPORT plugin: every element of ZC415 and of the answers it reads. The Polish schemas of
/// AIS/IMPORT PLUS are not public, so the structure follows the EU data model of the import declaration (column H1)
/// in the naming style of the EU CC-messages (unverified; see README.md). To adapt the plugin to the official
/// schemas, change this file only.
/// </summary>
internal static class AisMessageMap
{
    /// <summary>Namespace of the AIS/IMPORT messages (unverified: the official one is not public).</summary>
    public const string Namespace = "http://www.mf.gov.pl/xsd/ais/import";

    public const string Declaration = "ZC415";

    public static FormatDefinition Definition { get; } = new(
        "AIS",
        DeclarationFamily.Import,
        XNamespace.Get(Namespace),
        "ais",
        [new OutboundMap(Declaration, DeclarationBody(), CarriesDeclaration: true)],
        Answers());

    private static IReadOnlyList<MapNode<CustomsDeclaration>> DeclarationBody() =>
    [
        Map<CustomsDeclaration>.Nest(
            "ImportOperation",
            Map<CustomsDeclaration>.Field("LRN", d => d.Lrn, maxLength: 22).Required(),
            Map<CustomsDeclaration>.Field("declarationType", d => d.DeclarationType, pattern: "IM|EU|CO").Required(),
            Map<CustomsDeclaration>.Field("additionalDeclarationType", d => d.AdditionalDeclarationType, pattern: "[A-Z]").Required(),
            Map<CustomsDeclaration>.Field("security", d => d.Security, pattern: "[0-3]"),
            Map<CustomsDeclaration>.Field("totalAmountInvoiced", d => d.InvoiceAmount, maxLength: 17),
            Map<CustomsDeclaration>.Field("invoiceCurrency", d => d.InvoiceCurrency, pattern: "[A-Z]{3}")),
        Map<CustomsDeclaration>.Repeat(
            "Authorisation",
            d => d.Authorisations,
            Map<Authorisation>.Field("type", a => a.Type, maxLength: 4).Required(),
            Map<Authorisation>.Field("referenceNumber", a => a.ReferenceNumber, maxLength: 35).Required()).Max(99),
        Map<CustomsDeclaration>.Nest("CustomsOfficeOfLodgement", Map<CustomsDeclaration>.Field("referenceNumber", d => d.Offices.Import, pattern: Office).Required()),
        Map<CustomsDeclaration>.Group("Importer", d => d.Parties.Importer, PartyFields()).Required(),
        Map<CustomsDeclaration>.Group("Declarant", d => d.Parties.Declarant, PartyFields()).Required(),
        Map<CustomsDeclaration>.Group(
            "Representative",
            d => d.Parties.Representative,
            Map<Representative>.Field("identificationNumber", r => r.Eori, pattern: Eori).Required(),
            Map<Representative>.Field("status", r => r.Status, pattern: "[23]").Required(),
            Map<Representative>.Group("ContactPerson", r => r.Contact, ContactFields())),
        Map<CustomsDeclaration>.Nest(
            "GoodsShipment",
            Map<CustomsDeclaration>.Group("Exporter", d => d.Parties.Exporter, PartyFields()),
            Map<CustomsDeclaration>.Group(
                "DeliveryTerms",
                d => d.DeliveryTerms,
                Map<DeliveryTerms>.Field("incotermCode", t => t.Incoterm, pattern: "[A-Z]{3}"),
                Map<DeliveryTerms>.Field("UNLocode", t => t.UnLocode, pattern: "[A-Z]{2}[A-Z0-9]{3}"),
                Map<DeliveryTerms>.Field("country", t => t.Country, pattern: Country),
                Map<DeliveryTerms>.Field("location", t => t.Location, maxLength: 35)),
            Map<CustomsDeclaration>.Group("Consignment", d => d.Consignment, ConsignmentFields()),
            Map<CustomsDeclaration>.RepeatUnnumbered("GoodsItem", d => d.Items, GoodsItemFields()).Required().Max(999)),
    ];

    private static MapNode<Consignment>[] ConsignmentFields() =>
    [
        Map<Consignment>.Field("countryOfDispatch", c => c.CountryOfDispatch, pattern: Country),
        Map<Consignment>.Field("containerIndicator", c => c.ContainerIndicator),
        Map<Consignment>.Field("inlandModeOfTransport", c => c.InlandModeOfTransport, pattern: "[0-9]{1,2}"),
        Map<Consignment>.Field("modeOfTransportAtTheBorder", c => c.ModeOfTransportAtBorder, pattern: "[0-9]{1,2}"),
        Map<Consignment>.Field("grossMass", c => c.GrossMass, maxLength: 17),
        Map<Consignment>.Field("referenceNumberUCR", c => c.ReferenceNumberUcr, maxLength: 35),
        Map<Consignment>.Repeat(
            "TransportEquipment",
            c => c.TransportEquipment,
            Map<TransportEquipment>.Field("containerIdentificationNumber", e => e.ContainerIdentificationNumber, maxLength: 17),
            Map<TransportEquipment>.Values("Seal", "identifier", e => e.Seals, maxLength: 20).Max(99)).Max(9999),
        Map<Consignment>.Group(
            "LocationOfGoods",
            c => c.LocationOfGoods,
            Map<LocationOfGoods>.Field("typeOfLocation", l => l.TypeOfLocation, pattern: "[A-Z]").Required(),
            Map<LocationOfGoods>.Field("qualifierOfIdentification", l => l.QualifierOfIdentification, pattern: "[A-Z]").Required(),
            Map<LocationOfGoods>.Field("authorisationNumber", l => l.AuthorisationNumber, maxLength: 35),
            Map<LocationOfGoods>.Field("UNLocode", l => l.UnLocode, pattern: "[A-Z]{2}[A-Z0-9]{3}"),
            Map<LocationOfGoods>.Nest("CustomsOffice", Map<LocationOfGoods>.Field("referenceNumber", l => l.CustomsOffice, pattern: Office)),
            Map<LocationOfGoods>.Group("Address", l => l.Address, AddressFields())),
        Map<Consignment>.Repeat(
            "ActiveBorderTransportMeans",
            c => c.ActiveBorderTransportMeans,
            Map<TransportMeans>.Field("typeOfIdentification", m => m.TypeOfIdentification, pattern: "[0-9]{2}"),
            Map<TransportMeans>.Field("identificationNumber", m => m.IdentificationNumber, maxLength: 35),
            Map<TransportMeans>.Field("nationality", m => m.Nationality, pattern: Country)).Max(999),
        Map<Consignment>.Group(
            "PlaceOfLoading",
            c => c.PlaceOfLoading,
            Map<Place>.Field("UNLocode", p => p.UnLocode, pattern: "[A-Z]{2}[A-Z0-9]{3}"),
            Map<Place>.Field("country", p => p.Country, pattern: Country),
            Map<Place>.Field("location", p => p.Location, maxLength: 35)),
        Map<Consignment>.Repeat("PreviousDocument", c => c.PreviousDocuments, DocumentFields()).Max(99),
        Map<Consignment>.Repeat("SupportingDocument", c => c.SupportingDocuments, DocumentFields()).Max(99),
        Map<Consignment>.Repeat("TransportDocument", c => c.TransportDocuments, DocumentFields()).Max(99),
        Map<Consignment>.Repeat("AdditionalInformation", c => c.AdditionalInformation, AdditionalInformationFields()).Max(99),
    ];

    private static MapNode<DocumentReference>[] DocumentFields() =>
    [
        Map<DocumentReference>.Field("type", d => d.Type, maxLength: 4).Required(),
        Map<DocumentReference>.Field("referenceNumber", d => d.ReferenceNumber, maxLength: 70).Required(),
        Map<DocumentReference>.Field("complementOfInformation", d => d.ComplementOfInformation, maxLength: 35),
    ];

    private static MapNode<AdditionalInformation>[] AdditionalInformationFields() =>
    [
        Map<AdditionalInformation>.Field("code", i => i.Code, maxLength: 5).Required(),
        Map<AdditionalInformation>.Field("text", i => i.Text, maxLength: 512),
    ];

    private static MapNode<GoodsItem>[] GoodsItemFields() =>
    [
        Map<GoodsItem>.Field("declarationGoodsItemNumber", i => i.Number, pattern: "[1-9][0-9]{0,4}").Required(),
        Map<GoodsItem>.Field("itemAmountInvoiced", i => i.ItemPrice, maxLength: 17),
        Map<GoodsItem>.Field("statisticalValue", i => i.StatisticalValue, maxLength: 17),
        Map<GoodsItem>.Field("countryOfOrigin", i => i.CountryOfOrigin, pattern: Country).Required(),
        Map<GoodsItem>.Field("countryOfDispatch", i => i.CountryOfDispatch, pattern: Country),
        Map<GoodsItem>.Nest(
            "Procedure",
            Map<GoodsItem>.Field("requestedProcedure", i => i.RequestedProcedure, pattern: "[0-9]{2}").Required(),
            Map<GoodsItem>.Field("previousProcedure", i => i.PreviousProcedure, pattern: "[0-9]{2}").Required()),
        Map<GoodsItem>.Values("AdditionalProcedure", "additionalProcedure", i => i.AdditionalProcedures, pattern: "[A-Z0-9]{3}").Max(99),
        Map<GoodsItem>.Nest(
            "Commodity",
            Map<GoodsItem>.Field("descriptionOfGoods", i => i.Description, maxLength: 512).Required(),
            Map<GoodsItem>.Code("CommodityCode", i => i.CommodityCode, ("harmonizedSystemSubHeadingCode", 6), ("combinedNomenclatureCode", 2), ("TARICCode", 2)).Required(),
            Map<GoodsItem>.Nest("DangerousGoods", Map<GoodsItem>.Field("UNNumber", i => i.UnNumber, pattern: "[0-9]{4}")),
            Map<GoodsItem>.Nest(
                "GoodsMeasure",
                Map<GoodsItem>.Field("grossMass", i => i.GrossMass, maxLength: 17).Required(),
                Map<GoodsItem>.Field("netMass", i => i.NetMass, maxLength: 17),
                Map<GoodsItem>.Field("supplementaryUnits", i => i.SupplementaryUnits, maxLength: 17))),
        Map<GoodsItem>.Repeat(
            "Packaging",
            i => i.Packages,
            Map<Packaging>.Field("typeOfPackages", p => p.Kind, pattern: "[A-Z0-9]{2}").Required(),
            Map<Packaging>.Field("numberOfPackages", p => p.Count, pattern: "[0-9]{1,8}"),
            Map<Packaging>.Field("shippingMarks", p => p.Marks, maxLength: 512)).Required().Max(99),
        Map<GoodsItem>.Repeat("PreviousDocument", i => i.PreviousDocuments, DocumentFields()).Max(99),
        Map<GoodsItem>.Repeat("SupportingDocument", i => i.SupportingDocuments, DocumentFields()).Max(99),
        Map<GoodsItem>.Repeat("TransportDocument", i => i.TransportDocuments, DocumentFields()).Max(99),
        Map<GoodsItem>.Repeat(
            "AdditionalReference",
            i => i.AdditionalReferences,
            Map<AdditionalReference>.Field("type", r => r.Type, maxLength: 4).Required(),
            Map<AdditionalReference>.Field("referenceNumber", r => r.ReferenceNumber, maxLength: 70)).Max(99),
        Map<GoodsItem>.Repeat("AdditionalInformation", i => i.AdditionalInformation, AdditionalInformationFields()).Max(99),
    ];

    /// <summary>
    /// ZC429 is the certified declaration (PZC) with the MRN; PW429 is taken to be the release notice (unverified:
    /// the name is known from public sources, its content is not). A rejection message is not modelled: no public
    /// source names it.
    /// </summary>
    private static IReadOnlyList<AnswerMap> Answers() =>
    [
        new("ZC429", NotificationKind.MrnAllocated)
        {
            Lrn = "ImportOperation/LRN", Mrn = "ImportOperation/MRN", DecisionAt = "ImportOperation/acceptanceDate",
            Office = "CustomsOfficeOfLodgement/referenceNumber", Required = ["ImportOperation/MRN"],
        },
        new("PW429", NotificationKind.Released)
        {
            Lrn = "ImportOperation/LRN", Mrn = "ImportOperation/MRN", DecisionAt = "ImportOperation/releaseDate",
            Office = "CustomsOfficeOfLodgement/referenceNumber", Required = ["ImportOperation/MRN"],
        },
    ];
}
