using System.Globalization;
using System.Xml.Linq;
using WrotaCelne.GatewaySimulator.Schemas;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// The NCTS P5 answers to a CC015C, built from the declaration itself: CC028C (MRN allocated), CC029C (release for
/// transit), CC056C (rejection) and CC045C (write-off). Each correlates by correlationIdentifier = the CC015C's
/// messageIdentification (and by LRN, except CC045C, which carries the MRN only), and matches the official schemas
/// (CC029C carries the mandatory subset of the declaration).
/// </summary>
internal sealed class NctsTransitAnswers(XElement cc015c) : IDeclarationAnswers
{
    public const string Sender = "NTA.PL";

    private static readonly XNamespace Ncts = NctsSchemas.Namespace;
    private static long counter;

    public string AllocateMrn(DateTimeOffset at, string country) =>
        Mrn.Allocate(
            at,
            country,
            cc015c.Element("CustomsOfficeOfDeparture")?.Element("referenceNumber")?.Value,
            Mrn.TransitProcedure(cc015c.Element("TransitOperation")?.Element("security")?.Value));

    public XDocument MrnAllocated(string mrn, DateTimeOffset at)
    {
        var operation = cc015c.Element("TransitOperation")!;
        return Message("CC028C", at,
            new XElement("TransitOperation", operation.Element("LRN"), new XElement("MRN", mrn), new XElement("declarationAcceptanceDate", Date(at))),
            cc015c.Element("CustomsOfficeOfDeparture"),
            Holder());
    }

    public XDocument Released(string mrn, DateTimeOffset acceptedAt, DateTimeOffset releasedAt)
    {
        var operation = cc015c.Element("TransitOperation")!;
        var consignment = cc015c.Element("Consignment");
        return Message("CC029C", releasedAt,
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

    public XDocument Rejected(DateTimeOffset at)
    {
        var lrn = cc015c.Element("TransitOperation")!.Element("LRN");
        return Message("CC056C", at,
            new XElement(
                "TransitOperation",
                lrn,
                new XElement("businessRejectionType", "015"),
                new XElement("rejectionDateAndTime", DateTime(at)),
                new XElement("rejectionCode", SimulatedRejection.ErrorCode),
                new XElement("rejectionReason", SimulatedRejection.Reason)),
            cc015c.Element("CustomsOfficeOfDeparture"),
            Holder(),
            new XElement(
                "FunctionalError",
                new XElement("errorPointer", "/CC015C/TransitOperation/LRN"),
                new XElement("errorCode", SimulatedRejection.ErrorCode),
                new XElement("errorReason", SimulatedRejection.Rule),
                lrn is null ? null : new XElement("originalAttributeValue", lrn.Value)));
    }

    public TimeSpan? EndsAfter(SeapSimulatorDelays delays) => SeapSimulatorDelays.SwitchedOn(delays.WriteOff);

    /// <summary>CC045C: the office of departure wrote the operation off (the goods reached their destination).</summary>
    public XDocument Ended(string mrn, DateTimeOffset at) => Message("CC045C", at,
        new XElement("TransitOperation", new XElement("MRN", mrn), new XElement("writeOffDate", Date(at))),
        cc015c.Element("CustomsOfficeOfDeparture"),
        Holder());

    private XElement? Holder() =>
        Pick(cc015c.Element("HolderOfTheTransitProcedure"), "identificationNumber", "TIRHolderIdentificationNumber", "name", "Address");

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

    private XDocument Message(string type, DateTimeOffset at, params object?[] body) => new(
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
