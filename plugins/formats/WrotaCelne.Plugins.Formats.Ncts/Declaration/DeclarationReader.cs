using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ncts.Xml;
using N = WrotaCelne.Plugins.Formats.Ncts.Declaration.Cc015cNames;

namespace WrotaCelne.Plugins.Formats.Ncts.Declaration;

/// <summary>
/// CC015C or CC013C → canonical declaration: the mirror of <see cref="DeclarationWriter"/>. Whatever the file holds that
/// the writer would not have written the same way is listed as unmapped (sequence numbers and the header are the
/// message's own bookkeeping and count as read).
/// </summary>
internal sealed class DeclarationReader
{
    private readonly ConsumingReader r = new();

    private DeclarationReader()
    {
    }

    public static ImportedDeclaration Read(XElement root)
    {
        var reader = new DeclarationReader();
        var declaration = reader.Declaration(root);
        return new ImportedDeclaration(root.Name.LocalName, declaration, reader.r.Unused(root, [MessageEnvelope.PhaseIdAttribute]));
    }

    private CustomsDeclaration Declaration(XElement root)
    {
        foreach (var header in MessageEnvelope.HeaderElements)
        {
            r.Child(root, header);
        }

        var operation = r.Child(root, N.TransitOperation);
        r.Expect(operation, N.BindingItinerary, NctsValues.Flag(false));
        r.Expect(operation, N.AmendmentTypeFlag, NctsValues.Flag(false));
        var declaration = new CustomsDeclaration
        {
            Family = DeclarationFamily.Transit,
            Lrn = r.Text(operation, N.Lrn),
            Mrn = r.Text(operation, N.Mrn),
            DeclarationType = r.Text(operation, N.DeclarationType),
            AdditionalDeclarationType = r.Text(operation, N.AdditionalDeclarationType),
            Security = r.Value(operation, N.Security, NctsValues.ParseInteger),
            ReducedDatasetIndicator = r.Value(operation, N.ReducedDatasetIndicator, NctsValues.ParseFlag),
            LimitDate = r.Value(operation, N.LimitDate, NctsValues.ParseDate),
            Authorisations = r.Children(root, N.Authorisation).Select(a => new Authorisation
            {
                Type = Sequenced(a, N.Type),
                ReferenceNumber = r.Text(a, N.ReferenceNumber),
            }).ToList(),
            Offices = new Offices
            {
                Departure = r.Text(r.Child(root, N.OfficeOfDeparture), N.ReferenceNumber),
                Destination = r.Text(r.Child(root, N.OfficeOfDestination), N.ReferenceNumber),
                Transit = Strings(root, N.OfficeOfTransit, N.ReferenceNumber),
                ExitForTransit = Strings(root, N.OfficeOfExitForTransit, N.ReferenceNumber),
            },
            Guarantees = r.Children(root, N.Guarantee).Select(Guarantee).ToList(),
        };

        var consignment = r.Child(root, N.Consignment);
        declaration.Parties = new Parties
        {
            Holder = Trader(r.Child(root, N.Holder)),
            Representative = Representative(r.Child(root, N.Representative)),
            Carrier = Carrier(r.Child(consignment, N.Carrier)),
            Consignor = Trader(r.Child(consignment, N.Consignor)),
            Consignee = Trader(r.Child(consignment, N.Consignee)),
        };
        declaration.Consignment = Consignment(consignment);
        declaration.Items = Items(consignment, declaration.Consignment.GrossMass);
        return declaration;
    }

    private GuaranteeReference Guarantee(XElement guarantee)
    {
        r.Child(guarantee, N.SequenceNumber);
        var result = new GuaranteeReference
        {
            Type = r.Text(guarantee, N.GuaranteeType),
            OtherReference = r.Text(guarantee, N.OtherGuaranteeReference),
        };

        // The model holds one reference per guarantee; further ones stay unmapped.
        if (guarantee.Elements(N.GuaranteeReference).FirstOrDefault() is { } reference)
        {
            r.Child(guarantee, N.GuaranteeReference);
            r.Child(reference, N.SequenceNumber);
            result.Grn = r.Text(reference, N.Grn);
            result.Amount = r.Value(reference, N.AmountToBeCovered, NctsValues.ParseDecimal);
            result.Currency = r.Text(reference, N.Currency);
        }

        return result;
    }

    private Consignment Consignment(XElement? c) => new()
    {
        CountryOfDispatch = r.Text(c, N.CountryOfDispatch),
        CountryOfDestination = r.Text(c, N.CountryOfDestination),
        ContainerIndicator = r.Value(c, N.ContainerIndicator, NctsValues.ParseFlag),
        InlandModeOfTransport = r.Text(c, N.InlandModeOfTransport),
        ModeOfTransportAtBorder = r.Text(c, N.ModeOfTransportAtTheBorder),
        GrossMass = r.Value(c, N.GrossMass, NctsValues.ParseDecimal),
        ReferenceNumberUcr = r.Text(c, N.ReferenceNumberUcr),
        TransportEquipment = r.Children(c, N.TransportEquipment).Select(Equipment).ToList(),
        LocationOfGoods = LocationOfGoods(r.Child(c, N.LocationOfGoods)),
        DepartureTransportMeans = r.Children(c, N.DepartureTransportMeans).Select(TransportMeans).ToList(),
        CountriesOfRouting = Strings(c, N.CountryOfRouting, N.Country),
        ActiveBorderTransportMeans = r.Children(c, N.ActiveBorderTransportMeans).Select(TransportMeans).ToList(),
        PlaceOfLoading = Place(r.Child(c, N.PlaceOfLoading)),
        PlaceOfUnloading = Place(r.Child(c, N.PlaceOfUnloading)),
        PreviousDocuments = Documents(c, N.PreviousDocument),
        SupportingDocuments = Documents(c, N.SupportingDocument),
        TransportDocuments = Documents(c, N.TransportDocument),
        AdditionalInformation = Information(c),
    };

    private TransportEquipment Equipment(XElement equipment)
    {
        var result = new TransportEquipment
        {
            ContainerIdentificationNumber = Sequenced(equipment, N.ContainerIdentificationNumber),
            Seals = Strings(equipment, N.Seal, N.Identifier),
        };
        r.Expect(equipment, N.NumberOfSeals, NctsValues.Integer(result.Seals.Count));
        return result;
    }

    private LocationOfGoods? LocationOfGoods(XElement? location) => location is null
        ? null
        : new LocationOfGoods
        {
            TypeOfLocation = r.Text(location, N.TypeOfLocation),
            QualifierOfIdentification = r.Text(location, N.QualifierOfIdentification),
            AuthorisationNumber = r.Text(location, N.AuthorisationNumber),
            UnLocode = r.Text(location, N.UnLocode),
            CustomsOffice = r.Text(r.Child(location, N.CustomsOffice), N.ReferenceNumber),
            Address = Address(r.Child(location, N.Address)),
        };

    private TransportMeans TransportMeans(XElement means) => new()
    {
        TypeOfIdentification = Sequenced(means, N.TypeOfIdentification),
        IdentificationNumber = r.Text(means, N.IdentificationNumber),
        Nationality = r.Text(means, N.Nationality),
    };

    private Place? Place(XElement? place) => place is null
        ? null
        : new Place { UnLocode = r.Text(place, N.UnLocode), Country = r.Text(place, N.Country), Location = r.Text(place, N.Location) };

    private List<GoodsItem> Items(XElement? consignment, decimal? consignmentGrossMass)
    {
        var houses = r.Children(consignment, N.HouseConsignment).ToList();
        foreach (var house in houses)
        {
            r.Child(house, N.SequenceNumber);
        }

        // One house consignment with the consignment's gross mass is how the writer puts it; anything else is unmapped.
        if (houses.Count == 1 && consignmentGrossMass is { } total)
        {
            r.Expect(houses[0], N.GrossMass, NctsValues.Decimal(total));
        }

        return houses.SelectMany(house => r.Children(house, N.ConsignmentItem)).Select(Item).ToList();
    }

    private GoodsItem Item(XElement item)
    {
        var number = r.Value(item, N.DeclarationGoodsItemNumber, NctsValues.ParseInteger) ?? 0;
        r.Expect(item, N.GoodsItemNumber, NctsValues.Integer(number));
        var commodity = r.Child(item, N.Commodity);
        var code = r.Child(commodity, N.CommodityCode);
        var measure = r.Child(commodity, N.GoodsMeasure);
        var dangerous = r.Children(commodity, N.DangerousGoods).FirstOrDefault();
        return new GoodsItem
        {
            Number = number,
            CountryOfDispatch = r.Text(item, N.CountryOfDispatch),
            CountryOfDestination = r.Text(item, N.CountryOfDestination),
            Description = r.Text(commodity, N.DescriptionOfGoods),
            CommodityCode = code is null ? null : NctsValues.Clean(r.Text(code, N.HarmonizedSystemCode) + r.Text(code, N.CombinedNomenclatureCode)),
            UnNumber = dangerous is null ? null : Sequenced(dangerous, N.UnNumber),
            GrossMass = r.Value(measure, N.GrossMass, NctsValues.ParseDecimal),
            NetMass = r.Value(measure, N.NetMass, NctsValues.ParseDecimal),
            SupplementaryUnits = r.Value(measure, N.SupplementaryUnits, NctsValues.ParseDecimal),
            Packages = r.Children(item, N.Packaging).Select(p => new Packaging
            {
                Kind = Sequenced(p, N.TypeOfPackages),
                Count = r.Value(p, N.NumberOfPackages, NctsValues.ParseInteger),
                Marks = r.Text(p, N.ShippingMarks),
            }).ToList(),
            PreviousDocuments = Documents(item, N.PreviousDocument),
            SupportingDocuments = Documents(item, N.SupportingDocument),
            TransportDocuments = Documents(item, N.TransportDocument),
            AdditionalReferences = r.Children(item, N.AdditionalReference).Select(a => new AdditionalReference
            {
                Type = Sequenced(a, N.Type),
                ReferenceNumber = r.Text(a, N.ReferenceNumber),
            }).ToList(),
            AdditionalInformation = Information(item),
        };
    }

    private List<DocumentReference> Documents(XElement? parent, string name) =>
        r.Children(parent, name).Select(document => new DocumentReference
        {
            Type = Sequenced(document, N.Type),
            ReferenceNumber = r.Text(document, N.ReferenceNumber),
            ComplementOfInformation = r.Text(document, N.ComplementOfInformation),
        }).ToList();

    private List<AdditionalInformation> Information(XElement? parent) =>
        r.Children(parent, N.AdditionalInformation).Select(info => new AdditionalInformation
        {
            Code = Sequenced(info, N.Code),
            Text = r.Text(info, N.Text),
        }).ToList();

    private Party? Trader(XElement? trader) => trader is null
        ? null
        : new Party
        {
            Eori = r.Text(trader, N.IdentificationNumber),
            Name = r.Text(trader, N.Name),
            Address = Address(r.Child(trader, N.Address)),
            Contact = Contact(r.Child(trader, N.ContactPerson)),
        };

    private Party? Carrier(XElement? carrier) => carrier is null
        ? null
        : new Party { Eori = r.Text(carrier, N.IdentificationNumber), Contact = Contact(r.Child(carrier, N.ContactPerson)) };

    private Representative? Representative(XElement? representative) => representative is null
        ? null
        : new Representative
        {
            Eori = r.Text(representative, N.IdentificationNumber),
            Status = r.Text(representative, N.Status),
            Contact = Contact(r.Child(representative, N.ContactPerson)),
        };

    private Address? Address(XElement? address) => address is null
        ? null
        : new Address
        {
            StreetAndNumber = r.Text(address, N.StreetAndNumber),
            Postcode = r.Text(address, N.Postcode),
            City = r.Text(address, N.City),
            Country = r.Text(address, N.Country),
        };

    private Contact? Contact(XElement? contact) => contact is null
        ? null
        : new Contact { Name = r.Text(contact, N.Name), Phone = r.Text(contact, N.PhoneNumber), Email = r.Text(contact, N.EmailAddress) };

    private List<string> Strings(XElement? parent, string group, string leaf) =>
        r.Children(parent, group).Select(g => Sequenced(g, leaf)).OfType<string>().ToList();

    /// <summary>The text of <paramref name="leaf"/> in a repeated group, marking the group's sequence number read.</summary>
    private string? Sequenced(XElement group, string leaf)
    {
        r.Child(group, N.SequenceNumber);
        return r.Text(group, leaf);
    }
}
