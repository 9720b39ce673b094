using System.Globalization;
using System.Xml.Linq;
using WrotaCelne.GatewaySimulator.Schemas;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// The NCTS P5 answers to a CC015C, built from the declaration itself: CC028C (MRN allocated), CC029C (release for
/// transit) and CC056C (rejection). Each correlates by LRN and by correlationIdentifier = the CC015C's
/// messageIdentification, and matches the official schemas (CC029C carries the mandatory subset of the declaration).
/// </summary>
internal static class NctsTransitAnswers
{
    public const string Sender = "NTA.PL";

    /// <summary>functional error code 12: "codelist value / format incorrect" in the P5 codelist, used for the simulated rule.</summary>
    public const string RejectionErrorCode = "12";

    /// <summary>The simulator's rule id in errorReason (at most 7 characters by the schema).</summary>
    public const string RejectionRule = "SIM0001";

    private static readonly XNamespace Ncts = NctsSchemas.Namespace;
    private static long counter;

    public static XDocument Cc028c(XElement cc015c, string mrn, DateTimeOffset at)
    {
        var operation = cc015c.Element("TransitOperation")!;
        return Message("CC028C", cc015c, at,
            new XElement("TransitOperation", operation.Element("LRN"), new XElement("MRN", mrn), new XElement("declarationAcceptanceDate", Date(at))),
            cc015c.Element("CustomsOfficeOfDeparture"),
            Pick(cc015c.Element("HolderOfTheTransitProcedure"), "identificationNumber", "TIRHolderIdentificationNumber", "name", "Address"));
    }

    public static XDocument Cc029c(XElement cc015c, string mrn, DateTimeOffset acceptedAt, DateTimeOffset releasedAt)
    {
        var operation = cc015c.Element("TransitOperation")!;
        var consignment = cc015c.Element("Consignment");
        return Message("CC029C", cc015c, releasedAt,
            new XElement(
                "TransitOperation",
                operation.Element("LRN"),
                new XElement("MRN", mrn),
                Children(operation, "DeclarationType", "additionalDeclarationType", "TIRCarnetNumber"),
                new XElement("declarationAcceptanceDate", Date(acceptedAt)),
                new XElement("releaseDate", Date(releasedAt)),
                Children(operation, "security", "reducedDatasetIndicator", "specificCircumstanceIndicator", "communicationLanguageAtDeparture", "bindingItinerary")),
            cc015c.Element("CustomsOfficeOfDeparture"),
            cc015c.Element("CustomsOfficeOfDestinationDeclared"),
            Pick(cc015c.Element("HolderOfTheTransitProcedure"), "identificationNumber", "TIRHolderIdentificationNumber", "name", "Address", "ContactPerson"),
            cc015c.Elements("Guarantee").Select(g => Pick(g, "sequenceNumber", "GuaranteeType", "otherGuaranteeReference")),
            consignment is null ? null : new XElement(
                "Consignment",
                Children(consignment, "countryOfDispatch", "countryOfDestination"),
                consignment.Element("containerIndicator") ?? new XElement("containerIndicator", "0"),
                Children(consignment, "inlandModeOfTransport", "modeOfTransportAtTheBorder", "grossMass", "PlaceOfLoading"),
                consignment.Elements("HouseConsignment").Select(HouseConsignment)));
    }

    public static XDocument Cc056c(XElement cc015c, DateTimeOffset at, string reason)
    {
        var operation = cc015c.Element("TransitOperation")!;
        var lrn = operation.Element("LRN");
        return Message("CC056C", cc015c, at,
            new XElement(
                "TransitOperation",
                lrn,
                new XElement("businessRejectionType", "015"),
                new XElement("rejectionDateAndTime", DateTime(at)),
                new XElement("rejectionCode", RejectionErrorCode),
                new XElement("rejectionReason", reason)),
            cc015c.Element("CustomsOfficeOfDeparture"),
            Pick(cc015c.Element("HolderOfTheTransitProcedure"), "identificationNumber", "TIRHolderIdentificationNumber", "name", "Address"),
            new XElement(
                "FunctionalError",
                new XElement("errorPointer", "/CC015C/TransitOperation/LRN"),
                new XElement("errorCode", RejectionErrorCode),
                new XElement("errorReason", RejectionRule),
                lrn is null ? null : new XElement("originalAttributeValue", lrn.Value)));
    }

    private static XElement HouseConsignment(XElement house) => new(
        "HouseConsignment",
        Children(house, "sequenceNumber", "grossMass"),
        house.Elements("ConsignmentItem").Select(item => new XElement(
            "ConsignmentItem",
            Children(item, "goodsItemNumber", "declarationGoodsItemNumber"),
            item.Element("Commodity") is { } commodity
                ? new XElement("Commodity", Children(commodity, "descriptionOfGoods"), Pick(commodity.Element("GoodsMeasure"), "grossMass", "netMass"))
                : null,
            item.Elements("Packaging").Select(p => Pick(p, "sequenceNumber", "typeOfPackages", "numberOfPackages", "shippingMarks")))));

    private static XDocument Message(string type, XElement cc015c, DateTimeOffset at, params object?[] body) => new(
        new XDeclaration("1.0", "utf-8", null),
        new XElement(
            Ncts + type,
            new XAttribute(XNamespace.Xmlns + "ncts", Ncts.NamespaceName),
            new XAttribute("PhaseID", "NCTS5.0"),
            new XElement("messageSender", Sender),
            new XElement("messageRecipient", cc015c.Element("messageSender")?.Value ?? "UNKNOWN"),
            new XElement("preparationDateAndTime", DateTime(at)),
            new XElement("messageIdentification", $"SIM{type}{Interlocked.Increment(ref counter):D10}"),
            new XElement("messageType", type),
            cc015c.Element("messageIdentification") is { } id ? new XElement("correlationIdentifier", id.Value) : null,
            body));

    /// <summary>A copy of <paramref name="source"/> with only the named children, in the given (schema) order.</summary>
    private static XElement? Pick(XElement? source, params string[] names) =>
        source is null ? null : new XElement(source.Name, Children(source, names));

    private static IEnumerable<XElement> Children(XElement source, params string[] names) =>
        names.SelectMany(n => source.Elements(n)).Select(e => new XElement(e));

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
