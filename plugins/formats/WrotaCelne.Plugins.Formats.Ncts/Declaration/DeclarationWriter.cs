using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ncts.Xml;
using N = WrotaCelne.Plugins.Formats.Ncts.Declaration.Cc015cNames;

namespace WrotaCelne.Plugins.Formats.Ncts.Declaration;

/// <summary>
/// Canonical declaration → CC015C (declaration) or CC013C (amendment, the same structure identified by the MRN).
/// Reads top to bottom in the schema's element order; <see cref="DeclarationReader"/> is its mirror. Data the message
/// needs but the declaration lacks becomes a <see cref="FormatProblemCodes.MissingData"/> error at the canonical JSON
/// path; data the message cannot carry becomes a warning at its path (see <see cref="NotCarried"/>).
/// </summary>
internal sealed class DeclarationWriter
{
    private readonly CustomsDeclaration d;
    private readonly bool amendment;
    private readonly List<FormatProblem> errors = [];

    private DeclarationWriter(CustomsDeclaration declaration, bool amendment)
    {
        d = declaration;
        this.amendment = amendment;
    }

    public static MappedMessage Write(CustomsDeclaration declaration, string messageType, MessageHeader header)
    {
        var writer = new DeclarationWriter(declaration, messageType == NctsMessages.Amendment);
        var root = MessageEnvelope.Create(messageType, header);
        root.Add(writer.Body());
        return new MappedMessage(root, writer.errors, NotCarried.Find(declaration));
    }

    private IEnumerable<XElement?> Body()
    {
        yield return TransitOperation();
        foreach (var (authorisation, i) in Indexed(d.Authorisations, 9, "$.authorisations"))
        {
            yield return new XElement(
                N.Authorisation,
                Sequence(i),
                Required(N.Type, authorisation.Type, $"$.authorisations[{i}].type"),
                Required(N.ReferenceNumber, authorisation.ReferenceNumber, $"$.authorisations[{i}].referenceNumber"));
        }

        yield return Group(N.OfficeOfDeparture, Required(N.ReferenceNumber, d.Offices.Departure, "$.offices.departure"));
        yield return Group(N.OfficeOfDestination, Required(N.ReferenceNumber, d.Offices.Destination, "$.offices.destination"));
        foreach (var (office, i) in Indexed(d.Offices.Transit, 9, "$.offices.transit"))
        {
            yield return new XElement(N.OfficeOfTransit, Sequence(i), Required(N.ReferenceNumber, office, $"$.offices.transit[{i}]"));
        }

        foreach (var (office, i) in Indexed(d.Offices.ExitForTransit, 9, "$.offices.exitForTransit"))
        {
            yield return new XElement(N.OfficeOfExitForTransit, Sequence(i), Required(N.ReferenceNumber, office, $"$.offices.exitForTransit[{i}]"));
        }

        yield return d.Parties.Holder is { } holder
            ? Trader(N.Holder, holder, "$.parties.holder", withContact: true)
            : Missing<XElement>("$.parties.holder", "The holder of the transit procedure is required.");
        if (d.Parties.Representative is { } representative)
        {
            yield return new XElement(
                N.Representative,
                Required(N.IdentificationNumber, representative.Eori, "$.parties.representative.eori"),
                Required(N.Status, representative.Status, "$.parties.representative.status"),
                Contact(representative.Contact, "$.parties.representative.contact"));
        }

        if (d.Guarantees.Count == 0)
        {
            Missing<XElement>("$.guarantees", "At least one guarantee is required.");
        }

        foreach (var (guarantee, i) in Indexed(d.Guarantees, 9, "$.guarantees"))
        {
            yield return Guarantee(guarantee, i);
        }

        yield return Consignment();
    }

    private XElement TransitOperation()
    {
        var operation = new XElement(N.TransitOperation);
        if (amendment)
        {
            operation.Add(Required(N.Mrn, d.Mrn, "$.mrn"));
        }
        else
        {
            operation.Add(Required(N.Lrn, d.Lrn, "$.lrn"));
        }

        operation.Add(
            Required(N.DeclarationType, d.DeclarationType, "$.declarationType"),
            Required(N.AdditionalDeclarationType, d.AdditionalDeclarationType, "$.additionalDeclarationType"),
            Required(N.Security, d.Security is { } security ? NctsValues.Integer(security) : null, "$.security"),

            // Absent means the reduced data set is not used; the message always states it.
            new XElement(N.ReducedDatasetIndicator, NctsValues.Flag(d.ReducedDatasetIndicator ?? false)),

            // The canonical model has no binding itinerary; a declaration made here never asks for one.
            new XElement(N.BindingItinerary, NctsValues.Flag(false)),
            amendment ? new XElement(N.AmendmentTypeFlag, NctsValues.Flag(false)) : null,
            Optional(N.LimitDate, d.LimitDate is { } limit ? NctsValues.Date(limit) : null));
        return operation;
    }

    private XElement Guarantee(GuaranteeReference guarantee, int i)
    {
        var path = $"$.guarantees[{i}]";
        var hasReference = guarantee.Grn is not null || guarantee.Amount is not null || guarantee.Currency is not null;
        return new XElement(
            N.Guarantee,
            Sequence(i),
            Required(N.GuaranteeType, guarantee.Type, path + ".type"),
            Optional(N.OtherGuaranteeReference, guarantee.OtherReference),
            hasReference
                ? new XElement(
                    N.GuaranteeReference,
                    Sequence(0),
                    Optional(N.Grn, guarantee.Grn),
                    Optional(N.AmountToBeCovered, Number(guarantee.Amount)),
                    Optional(N.Currency, guarantee.Currency))
                : null);
    }

    private XElement Consignment()
    {
        var c = d.Consignment;
        var consignment = new XElement(
            N.Consignment,
            Optional(N.CountryOfDispatch, c.CountryOfDispatch),
            Optional(N.CountryOfDestination, c.CountryOfDestination),
            Optional(N.ContainerIndicator, c.ContainerIndicator is { } container ? NctsValues.Flag(container) : null),
            Optional(N.InlandModeOfTransport, c.InlandModeOfTransport),
            Optional(N.ModeOfTransportAtTheBorder, c.ModeOfTransportAtBorder),
            Required(N.GrossMass, Number(c.GrossMass), "$.consignment.grossMass"),
            Optional(N.ReferenceNumberUcr, c.ReferenceNumberUcr),
            Carrier(),
            d.Parties.Consignor is { } consignor ? Trader(N.Consignor, consignor, "$.parties.consignor", withContact: true) : null,
            d.Parties.Consignee is { } consignee ? Trader(N.Consignee, consignee, "$.parties.consignee", withContact: false) : null);

        foreach (var (equipment, i) in Indexed(c.TransportEquipment, 9999, "$.consignment.transportEquipment"))
        {
            consignment.Add(new XElement(
                N.TransportEquipment,
                Sequence(i),
                Optional(N.ContainerIdentificationNumber, equipment.ContainerIdentificationNumber),
                new XElement(N.NumberOfSeals, NctsValues.Integer(equipment.Seals.Count)),
                Indexed(equipment.Seals, 99, $"$.consignment.transportEquipment[{i}].seals").Select(seal => new XElement(
                    N.Seal,
                    Sequence(seal.Index),
                    Required(N.Identifier, seal.Item, $"$.consignment.transportEquipment[{i}].seals[{seal.Index}]")))));
        }

        consignment.Add(LocationOfGoods(c.LocationOfGoods));
        consignment.Add(TransportMeansList(N.DepartureTransportMeans, c.DepartureTransportMeans, 999, "$.consignment.departureTransportMeans"));
        consignment.Add(Indexed(c.CountriesOfRouting, 99, "$.consignment.countriesOfRouting").Select(country => new XElement(
            N.CountryOfRouting,
            Sequence(country.Index),
            Required(N.Country, country.Item, $"$.consignment.countriesOfRouting[{country.Index}]"))));
        consignment.Add(TransportMeansList(N.ActiveBorderTransportMeans, c.ActiveBorderTransportMeans, 9, "$.consignment.activeBorderTransportMeans"));
        consignment.Add(Place(N.PlaceOfLoading, c.PlaceOfLoading), Place(N.PlaceOfUnloading, c.PlaceOfUnloading));
        consignment.Add(Documents(N.PreviousDocument, c.PreviousDocuments, 9999, "$.consignment", ".previousDocuments", withComplement: true));
        consignment.Add(Documents(N.SupportingDocument, c.SupportingDocuments, 99, "$.consignment", ".supportingDocuments", withComplement: true));
        consignment.Add(Documents(N.TransportDocument, c.TransportDocuments, 99, "$.consignment", ".transportDocuments", withComplement: false));
        consignment.Add(Information(c.AdditionalInformation, "$.consignment", ".additionalInformation"));
        consignment.Add(HouseConsignment());
        return consignment;
    }

    private XElement? Carrier()
    {
        if (d.Parties.Carrier is not { } carrier)
        {
            return null;
        }

        return new XElement(
            N.Carrier,
            Required(N.IdentificationNumber, carrier.Eori, "$.parties.carrier.eori"),
            Contact(carrier.Contact, "$.parties.carrier.contact"));
    }

    private XElement? LocationOfGoods(LocationOfGoods? location)
    {
        if (location is null)
        {
            return null;
        }

        const string path = "$.consignment.locationOfGoods";
        if (location.QualifierOfIdentification is "T" or "W" or "X")
        {
            Missing<XElement>(
                path + ".qualifierOfIdentification",
                $"Qualifier {location.QualifierOfIdentification} needs a postcode address, coordinates or an EORI for the location, which the declaration cannot hold.");
        }

        return new XElement(
            N.LocationOfGoods,
            Required(N.TypeOfLocation, location.TypeOfLocation, path + ".typeOfLocation"),
            Required(N.QualifierOfIdentification, location.QualifierOfIdentification, path + ".qualifierOfIdentification"),
            Optional(N.AuthorisationNumber, location.AuthorisationNumber),
            Optional(N.UnLocode, location.UnLocode),
            NctsValues.Clean(location.CustomsOffice) is { } office ? new XElement(N.CustomsOffice, new XElement(N.ReferenceNumber, office)) : null,
            Address(location.Address, path + ".address"));
    }

    private IEnumerable<XElement> TransportMeansList(string name, List<TransportMeans> means, int max, string path) =>
        Indexed(means, max, path).Select(m => new XElement(
            name,
            Sequence(m.Index),
            Optional(N.TypeOfIdentification, m.Item.TypeOfIdentification),
            Optional(N.IdentificationNumber, m.Item.IdentificationNumber),
            Optional(N.Nationality, m.Item.Nationality)));

    private static XElement? Place(string name, Place? place) => place is null
        ? null
        : new XElement(name, Optional(N.UnLocode, place.UnLocode), Optional(N.Country, place.Country), Optional(N.Location, place.Location));

    private XElement HouseConsignment()
    {
        if (d.Items.Count == 0)
        {
            Missing<XElement>("$.items", "At least one goods item is required.");
        }

        // One house consignment carries every item; its gross mass is the consignment's.
        return new XElement(
            N.HouseConsignment,
            Sequence(0),
            Optional(N.GrossMass, Number(d.Consignment.GrossMass)),
            Indexed(d.Items, N.MaxItems, "$.items").Select(item => Item(item.Item, item.Index)));
    }

    private XElement Item(GoodsItem item, int i)
    {
        var path = $"$.items[{i}]";
        var code = NctsValues.Clean(item.CommodityCode);
        var measured = item.GrossMass is not null || item.NetMass is not null || item.SupplementaryUnits is not null;
        if (item.Packages.Count == 0)
        {
            Missing<XElement>(path + ".packages", "A goods item needs at least one packaging.");
        }

        return new XElement(
            N.ConsignmentItem,
            new XElement(N.GoodsItemNumber, NctsValues.Integer(item.Number)),
            new XElement(N.DeclarationGoodsItemNumber, NctsValues.Integer(item.Number)),
            Optional(N.CountryOfDispatch, item.CountryOfDispatch),
            Optional(N.CountryOfDestination, item.CountryOfDestination),
            new XElement(
                N.Commodity,
                Required(N.DescriptionOfGoods, item.Description, new CanonicalPath(path, ".description")),
                code is null
                    ? null
                    : new XElement(
                        N.CommodityCode,
                        new XElement(N.HarmonizedSystemCode, code.Length >= 6 ? code[..6] : code),
                        code.Length >= 8 ? new XElement(N.CombinedNomenclatureCode, code[6..8]) : null),
                NctsValues.Clean(item.UnNumber) is { } un ? new XElement(N.DangerousGoods, Sequence(0), new XElement(N.UnNumber, un)) : null,
                measured
                    ? new XElement(
                        N.GoodsMeasure,
                        Optional(N.GrossMass, Number(item.GrossMass)),
                        Optional(N.NetMass, Number(item.NetMass)),
                        Optional(N.SupplementaryUnits, Number(item.SupplementaryUnits)))
                    : null),
            Indexed(item.Packages, 99, new CanonicalPath(path, ".packages")).Select(p => new XElement(
                N.Packaging,
                Sequence(p.Index),
                Required(N.TypeOfPackages, p.Item.Kind, new CanonicalPath(path, ".packages", p.Index, ".kind")),
                Optional(N.NumberOfPackages, p.Item.Count is { } count ? NctsValues.Integer(count) : null),
                Optional(N.ShippingMarks, p.Item.Marks))),
            Documents(N.PreviousDocument, item.PreviousDocuments, 99, path, ".previousDocuments", withComplement: true),
            Documents(N.SupportingDocument, item.SupportingDocuments, 99, path, ".supportingDocuments", withComplement: true),
            Documents(N.TransportDocument, item.TransportDocuments, 99, path, ".transportDocuments", withComplement: false),
            Indexed(item.AdditionalReferences, 99, new CanonicalPath(path, ".additionalReferences")).Select(r => new XElement(
                N.AdditionalReference,
                Sequence(r.Index),
                Required(N.Type, r.Item.Type, new CanonicalPath(path, ".additionalReferences", r.Index, ".type")),
                Optional(N.ReferenceNumber, r.Item.ReferenceNumber))),
            Information(item.AdditionalInformation, path, ".additionalInformation"));
    }

    private IEnumerable<XElement> Documents(string name, List<DocumentReference> documents, int max, string parent, string member, bool withComplement) =>
        Indexed(documents, max, new CanonicalPath(parent, member)).Select(document => new XElement(
            name,
            Sequence(document.Index),
            Required(N.Type, name == N.PreviousDocument ? document.Item.Type : NctsValues.DocumentType(document.Item.Type), new CanonicalPath(parent, member, document.Index, ".type")),
            Required(N.ReferenceNumber, document.Item.ReferenceNumber, new CanonicalPath(parent, member, document.Index, ".referenceNumber")),
            withComplement ? Optional(N.ComplementOfInformation, document.Item.ComplementOfInformation) : null));

    private IEnumerable<XElement> Information(List<AdditionalInformation> information, string parent, string member) =>
        Indexed(information, 99, new CanonicalPath(parent, member)).Select(info => new XElement(
            N.AdditionalInformation,
            Sequence(info.Index),
            Required(N.Code, info.Item.Code, new CanonicalPath(parent, member, info.Index, ".code")),
            Optional(N.Text, info.Item.Text)));

    private XElement Trader(string name, Party party, string path, bool withContact)
    {
        if (party.Eori is null && party.Name is null)
        {
            Missing<XElement>(path + ".eori", "The party needs an EORI number or a name and address.");
        }

        return new XElement(
            name,
            Optional(N.IdentificationNumber, party.Eori),
            Optional(N.Name, party.Name),
            Address(party.Address, path + ".address"),
            withContact ? Contact(party.Contact, path + ".contact") : null);
    }

    private XElement? Address(Address? address, string path) => address is null
        ? null
        : new XElement(
            N.Address,
            Required(N.StreetAndNumber, address.StreetAndNumber, path + ".streetAndNumber"),
            Optional(N.Postcode, address.Postcode),
            Required(N.City, address.City, path + ".city"),
            Required(N.Country, address.Country, path + ".country"));

    private XElement? Contact(Contact? contact, string path) => contact is null
        ? null
        : new XElement(
            N.ContactPerson,
            Required(N.Name, contact.Name, path + ".name"),
            Required(N.PhoneNumber, contact.Phone, path + ".phone"),
            Optional(N.EmailAddress, contact.Email));

    private XElement? Required(string name, string? value, CanonicalPath path) =>
        NctsValues.Clean(value) is { } text ? new XElement(name, text) : Missing<XElement>(path.ToString(), $"{path} is required by the message ({name}).");

    private static XElement? Optional(string name, string? value) =>
        NctsValues.Clean(value) is { } text ? new XElement(name, text) : null;

    private static XElement Group(string name, XElement? content) => new(name, content);

    private static XElement Sequence(int index) => new(N.SequenceNumber, NctsValues.Integer(index + 1));

    private static string? Number(decimal? value) => value is { } number ? NctsValues.Decimal(number) : null;

    private IEnumerable<(T Item, int Index)> Indexed<T>(List<T> list, int max, CanonicalPath path)
    {
        if (list.Count == 0)
        {
            return [];
        }

        if (list.Count > max)
        {
            Missing<XElement>($"{path}[{max}]", $"The message holds at most {max} of {path}; the declaration has {list.Count}.");
        }

        return list.Take(max).Select((item, index) => (item, index));
    }

    private T? Missing<T>(string path, string message)
        where T : class
    {
        errors.Add(new FormatProblem(FormatProblemCodes.MissingData, message, path));
        return null;
    }
}
