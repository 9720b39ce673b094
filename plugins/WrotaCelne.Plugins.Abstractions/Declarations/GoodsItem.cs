namespace WrotaCelne.Plugins.Abstractions.Declarations;

/// <summary>One goods item.</summary>
public sealed class GoodsItem
{
    /// <summary>Goods item number, 1 to n in order.</summary>
    public int Number { get; set; }

    /// <summary>Description of the goods in trade terms.</summary>
    public string? Description { get; set; }

    /// <summary>Commodity code: HS (6 digits), CN (8) or TARIC (10).</summary>
    public string? CommodityCode { get; set; }

    /// <summary>Gross mass in kilograms.</summary>
    public decimal? GrossMass { get; set; }

    /// <summary>Net mass in kilograms.</summary>
    public decimal? NetMass { get; set; }

    /// <summary>Supplementary units (quantity in the unit the tariff asks for).</summary>
    public decimal? SupplementaryUnits { get; set; }

    /// <summary>Packaging.</summary>
    public List<Packaging> Packages { get; set; } = [];

    /// <summary>Country of origin (ISO 3166 alpha-2).</summary>
    public string? CountryOfOrigin { get; set; }

    /// <summary>Country of dispatch, when it differs per item.</summary>
    public string? CountryOfDispatch { get; set; }

    /// <summary>Country of destination, when it differs per item.</summary>
    public string? CountryOfDestination { get; set; }

    /// <summary>Export/import: requested procedure (2 digits, e.g. <c>10</c>).</summary>
    public string? RequestedProcedure { get; set; }

    /// <summary>Export/import: previous procedure (2 digits, e.g. <c>00</c>).</summary>
    public string? PreviousProcedure { get; set; }

    /// <summary>Export/import: additional procedure codes (3 characters each).</summary>
    public List<string> AdditionalProcedures { get; set; } = [];

    /// <summary>Statistical value.</summary>
    public decimal? StatisticalValue { get; set; }

    /// <summary>Item price or value.</summary>
    public decimal? ItemPrice { get; set; }

    /// <summary>UN number of dangerous goods.</summary>
    public string? UnNumber { get; set; }

    /// <summary>Previous documents.</summary>
    public List<DocumentReference> PreviousDocuments { get; set; } = [];

    /// <summary>Supporting documents.</summary>
    public List<DocumentReference> SupportingDocuments { get; set; } = [];

    /// <summary>Transport documents.</summary>
    public List<DocumentReference> TransportDocuments { get; set; } = [];

    /// <summary>Additional information.</summary>
    public List<AdditionalInformation> AdditionalInformation { get; set; } = [];

    /// <summary>Additional references.</summary>
    public List<AdditionalReference> AdditionalReferences { get; set; } = [];
}

/// <summary>Packaging of a goods item.</summary>
public sealed class Packaging
{
    /// <summary>Kind of packages (codelist kinds of package, e.g. <c>CT</c> carton).</summary>
    public string? Kind { get; set; }

    /// <summary>Number of packages (not for bulk kinds).</summary>
    public int? Count { get; set; }

    /// <summary>Shipping marks.</summary>
    public string? Marks { get; set; }
}
