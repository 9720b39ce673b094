namespace WrotaCelne.Plugins.Abstractions.Declarations;

/// <summary>The consignment: where the goods go and how.</summary>
public sealed class Consignment
{
    /// <summary>Country of dispatch (ISO 3166 alpha-2).</summary>
    public string? CountryOfDispatch { get; set; }

    /// <summary>Country of destination (ISO 3166 alpha-2).</summary>
    public string? CountryOfDestination { get; set; }

    /// <summary>Whether the goods travel in containers.</summary>
    public bool? ContainerIndicator { get; set; }

    /// <summary>Inland mode of transport (codelist transport modes, 1-9).</summary>
    public string? InlandModeOfTransport { get; set; }

    /// <summary>Mode of transport at the border (codelist transport modes, 1-9).</summary>
    public string? ModeOfTransportAtBorder { get; set; }

    /// <summary>Total gross mass of the consignment in kilograms.</summary>
    public decimal? GrossMass { get; set; }

    /// <summary>Unique consignment reference (UCR).</summary>
    public string? ReferenceNumberUcr { get; set; }

    /// <summary>Means of transport at departure.</summary>
    public List<TransportMeans> DepartureTransportMeans { get; set; } = [];

    /// <summary>Active means of transport crossing the border.</summary>
    public List<TransportMeans> ActiveBorderTransportMeans { get; set; } = [];

    /// <summary>Containers and their seals.</summary>
    public List<TransportEquipment> TransportEquipment { get; set; } = [];

    /// <summary>Where the goods can be examined.</summary>
    public LocationOfGoods? LocationOfGoods { get; set; }

    /// <summary>Place of loading.</summary>
    public Place? PlaceOfLoading { get; set; }

    /// <summary>Place of unloading.</summary>
    public Place? PlaceOfUnloading { get; set; }

    /// <summary>Countries of routing, in order (ISO 3166 alpha-2).</summary>
    public List<string> CountriesOfRouting { get; set; } = [];

    /// <summary>Transport documents of the whole consignment.</summary>
    public List<DocumentReference> TransportDocuments { get; set; } = [];

    /// <summary>Supporting documents of the whole consignment.</summary>
    public List<DocumentReference> SupportingDocuments { get; set; } = [];

    /// <summary>Previous documents of the whole consignment.</summary>
    public List<DocumentReference> PreviousDocuments { get; set; } = [];

    /// <summary>Additional information for the whole consignment.</summary>
    public List<AdditionalInformation> AdditionalInformation { get; set; } = [];
}

/// <summary>A means of transport.</summary>
public sealed class TransportMeans
{
    /// <summary>Type of identification (codelist, e.g. 30 registration number of a road vehicle).</summary>
    public string? TypeOfIdentification { get; set; }

    /// <summary>Identification number, e.g. the registration plate.</summary>
    public string? IdentificationNumber { get; set; }

    /// <summary>Nationality (ISO 3166 alpha-2).</summary>
    public string? Nationality { get; set; }
}

/// <summary>A container and its seals.</summary>
public sealed class TransportEquipment
{
    /// <summary>Container identification number (ISO 6346).</summary>
    public string? ContainerIdentificationNumber { get; set; }

    /// <summary>Seal identifiers.</summary>
    public List<string> Seals { get; set; } = [];
}

/// <summary>Location of goods.</summary>
public sealed class LocationOfGoods
{
    /// <summary>Type of location: A designated, B authorised, C approved, D other.</summary>
    public string? TypeOfLocation { get; set; }

    /// <summary>Qualifier of identification: U UN/LOCODE, V customs office, Y authorisation, Z address, ...</summary>
    public string? QualifierOfIdentification { get; set; }

    /// <summary>UN/LOCODE (qualifier U).</summary>
    public string? UnLocode { get; set; }

    /// <summary>Customs office (qualifier V).</summary>
    public string? CustomsOffice { get; set; }

    /// <summary>Authorisation number (qualifier Y).</summary>
    public string? AuthorisationNumber { get; set; }

    /// <summary>Address (qualifier Z).</summary>
    public Address? Address { get; set; }
}

/// <summary>A place of loading or unloading.</summary>
public sealed class Place
{
    /// <summary>UN/LOCODE, e.g. <c>PLWAW</c>.</summary>
    public string? UnLocode { get; set; }

    /// <summary>Country (ISO 3166 alpha-2), when there is no UN/LOCODE.</summary>
    public string? Country { get; set; }

    /// <summary>Location in words, when there is no UN/LOCODE.</summary>
    public string? Location { get; set; }
}
