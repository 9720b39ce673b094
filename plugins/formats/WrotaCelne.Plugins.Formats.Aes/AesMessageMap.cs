using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Answers;
using WrotaCelne.Plugins.Formats.Mapping;
using static WrotaCelne.Plugins.Formats.Mapping.DataModelGroups;

namespace WrotaCelne.Plugins.Formats.Aes;

/// <summary>
/// THE mapping of the AES plugin: every element it writes, reads and points at, following the EU AES phase 1 data
/// model (DDNXA) as far as it is public. No official CC515C schema is public, so element names, order and nesting
/// follow the conventions of the published NCTS phase 5 schemas (unverified; see README.md). To adapt the plugin to
/// the official schemas, change this file only.
/// </summary>
internal static class AesMessageMap
{
    /// <summary>Namespace of the AES messages (unverified: chosen by analogy with NCTS P5's <c>http://ncts.dgtaxud.ec</c>).</summary>
    public const string Namespace = "http://aes.dgtaxud.ec";

    public const string Declaration = "CC515C";
    public const string Amendment = "CC513C";
    public const string Invalidation = "CC514C";

    public static FormatDefinition Definition { get; } = new(
        "AES",
        DeclarationFamily.Export,
        XNamespace.Get(Namespace),
        "aes",
        [
            new OutboundMap(Declaration, DeclarationBody(), CarriesDeclaration: true),
            new OutboundMap(Amendment, DeclarationBody(), CarriesDeclaration: true),
            new OutboundMap(Invalidation, InvalidationBody(), CarriesDeclaration: false),
        ],
        Answers());

    /// <summary>CC515C, and CC513C which sends the whole amended declaration with its MRN.</summary>
    private static IReadOnlyList<MapNode<CustomsDeclaration>> DeclarationBody() =>
    [
        Map<CustomsDeclaration>.Nest(
            "ExportOperation",
            Map<CustomsDeclaration>.Field("LRN", d => d.Lrn, maxLength: 22).Required(),
            Map<CustomsDeclaration>.Checked("MRN", d => d.Mrn, Identifiers.IsValidMrn, "a valid MRN (18 characters, check digit)").Required().Only(Amendment),
            Map<CustomsDeclaration>.Field("declarationType", d => d.DeclarationType, pattern: "EX|EU|CO").Required(),
            Map<CustomsDeclaration>.Field("additionalDeclarationType", d => d.AdditionalDeclarationType, pattern: "[A-Z]").Required(),
            Map<CustomsDeclaration>.Field("security", d => d.Security, pattern: "[0-3]").Required(),
            Map<CustomsDeclaration>.Field("totalAmountInvoiced", d => d.InvoiceAmount, maxLength: 17),
            Map<CustomsDeclaration>.Field("invoiceCurrency", d => d.InvoiceCurrency, pattern: "[A-Z]{3}")),
        Map<CustomsDeclaration>.Repeat(
            "Authorisation",
            d => d.Authorisations,
            Map<Authorisation>.Field("type", a => a.Type, maxLength: 4).Required(),
            Map<Authorisation>.Field("referenceNumber", a => a.ReferenceNumber, maxLength: 35).Required()).Max(99),
        Map<CustomsDeclaration>.Nest("CustomsOfficeOfExport", Map<CustomsDeclaration>.Field("referenceNumber", d => d.Offices.Export, pattern: Office).Required()),
        Map<CustomsDeclaration>.Nest("CustomsOfficeOfExitDeclared", Map<CustomsDeclaration>.Field("referenceNumber", d => d.Offices.Exit, pattern: Office).Required()),
        Map<CustomsDeclaration>.Group("Exporter", d => d.Parties.Exporter, PartyFields()).Required(),
        Map<CustomsDeclaration>.Group("Declarant", d => d.Parties.Declarant, PartyFields()).Required(),
        Map<CustomsDeclaration>.Group(
            "Representative",
            d => d.Parties.Representative,
            Map<Representative>.Field("identificationNumber", r => r.Eori, pattern: Eori).Required(),
            Map<Representative>.Field("status", r => r.Status, pattern: "[23]").Required(),
            Map<Representative>.Group("ContactPerson", r => r.Contact, ContactFields())),
        Map<CustomsDeclaration>.Nest(
            "GoodsShipment",
            Map<CustomsDeclaration>.Group("Consignee", d => d.Parties.Consignee, PartyFields()),
            Map<CustomsDeclaration>.Group("Carrier", d => d.Parties.Carrier, PartyFields()),
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

    private static IReadOnlyList<MapNode<CustomsDeclaration>> InvalidationBody() =>
    [
        Map<CustomsDeclaration>.Nest(
            "ExportOperation",
            Map<CustomsDeclaration>.Checked("MRN", d => d.Mrn, Identifiers.IsValidMrn, "a valid MRN (18 characters, check digit)").Required()),
        Map<CustomsDeclaration>.Nest(
            "Invalidation",
            Map<CustomsDeclaration>.FromRequest("requestDateAndTime", FormatEngine.RequestedAt).Required(),
            Map<CustomsDeclaration>.FromRequest("justification", FormatEngine.InvalidationReason, maxLength: 512).Required()),
        Map<CustomsDeclaration>.Nest("CustomsOfficeOfExport", Map<CustomsDeclaration>.Field("referenceNumber", d => d.Offices.Export, pattern: Office).Required()),
        Map<CustomsDeclaration>.Group("Declarant", d => d.Parties.Declarant, Map<Party>.Field("identificationNumber", p => p.Eori, pattern: Eori)),
    ];

    private static MapNode<Consignment>[] ConsignmentFields() =>
    [
        Map<Consignment>.Field("countryOfDestination", c => c.CountryOfDestination, pattern: Country),
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
        Map<Consignment>.Repeat("DepartureTransportMeans", c => c.DepartureTransportMeans, TransportMeansFields()).Max(999),
        Map<Consignment>.Values("CountryOfRoutingOfConsignment", "country", c => c.CountriesOfRouting, pattern: Country).Max(99),
        Map<Consignment>.Repeat("ActiveBorderTransportMeans", c => c.ActiveBorderTransportMeans, TransportMeansFields()).Max(999),
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

    private static MapNode<TransportMeans>[] TransportMeansFields() =>
    [
        Map<TransportMeans>.Field("typeOfIdentification", m => m.TypeOfIdentification, pattern: "[0-9]{2}"),
        Map<TransportMeans>.Field("identificationNumber", m => m.IdentificationNumber, maxLength: 35),
        Map<TransportMeans>.Field("nationality", m => m.Nationality, pattern: Country),
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
        Map<GoodsItem>.Field("statisticalValue", i => i.StatisticalValue, maxLength: 17),
        Map<GoodsItem>.Field("countryOfDestination", i => i.CountryOfDestination, pattern: Country),
        Map<GoodsItem>.Field("countryOfOrigin", i => i.CountryOfOrigin, pattern: Country),
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

    /// <summary>The answers of AES, with the paths of what the platform takes from them.</summary>
    private static IReadOnlyList<AnswerMap> Answers() =>
    [
        new("CC528C", NotificationKind.MrnAllocated)
        {
            Lrn = "ExportOperation/LRN", Mrn = "ExportOperation/MRN", DecisionAt = "ExportOperation/acceptanceDate",
            Office = "CustomsOfficeOfExport/referenceNumber", Required = ["ExportOperation/MRN"],
        },
        new("CC529C", NotificationKind.Released)
        {
            Lrn = "ExportOperation/LRN", Mrn = "ExportOperation/MRN", DecisionAt = "ExportOperation/releaseDate",
            Office = "CustomsOfficeOfExport/referenceNumber", Required = ["ExportOperation/MRN"],
        },
        new("CC556C", NotificationKind.Rejected)
        {
            Lrn = "ExportOperation/LRN", Mrn = "ExportOperation/MRN", DecisionAt = "ExportOperation/rejectionDateAndTime",
            Office = "CustomsOfficeOfExport/referenceNumber", ReasonCode = "ExportOperation/rejectionCode", ReasonText = "ExportOperation/rejectionReason",
            Errors = new FunctionalErrorMap("FunctionalError", "errorCode", "errorPointer", "errorReason", "originalAttributeValue"),
            Required = ["ExportOperation/rejectionCode"],
        },
        new("CC551C", NotificationKind.NotReleased)
        {
            Lrn = "ExportOperation/LRN", Mrn = "ExportOperation/MRN", DecisionAt = "ExportOperation/noReleaseDateAndTime",
            Office = "CustomsOfficeOfExport/referenceNumber", ReasonCode = "ExportOperation/noReleaseMotivationCode", ReasonText = "ExportOperation/noReleaseMotivationText",
            Required = ["ExportOperation/MRN"],
        },
        new("CC560C", NotificationKind.ControlDecision)
        {
            Lrn = "ExportOperation/LRN", Mrn = "ExportOperation/MRN", DecisionAt = "ExportOperation/controlNotificationDateAndTime",
            Office = "CustomsOfficeOfExport/referenceNumber",
            Control = new ControlMap("ExportOperation/notificationType", "TypeOfControls", "type", "text", "RequestedDocument", "documentType"),
            Required = ["ExportOperation/MRN"],
        },
        new("CC599C", NotificationKind.ExitConfirmed)
        {
            Lrn = "ExportOperation/LRN", Mrn = "ExportOperation/MRN", DecisionAt = "ExportOperation/exitDate",
            Office = "CustomsOfficeOfExitActual/referenceNumber", ReasonCode = "ExitControlResult/code", ReasonText = "ExitControlResult/text",
            Required = ["ExportOperation/MRN"],
        },
        new("CC509C", NotificationKind.InvalidationDecision)
        {
            Lrn = "ExportOperation/LRN", Mrn = "ExportOperation/MRN", DecisionAt = "Invalidation/decisionDateAndTime",
            Office = "CustomsOfficeOfExport/referenceNumber", Accepted = "Invalidation/decision", ReasonText = "Invalidation/justification",
            Required = ["ExportOperation/MRN", "Invalidation/decision"],
        },
    ];
}
