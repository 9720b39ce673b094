namespace WrotaCelne.Plugins.Abstractions.Declarations;

/// <summary>
/// The canonical customs declaration: one model for transit, export and import, following the groups of the
/// EU customs data model. Format plugins map it to and from the administration's messages; the platform stores,
/// validates and edits it; the API carries it as JSON (see <see cref="DeclarationJson"/>).
/// Every member is optional in the type: what a family and type require is decided by validation rules,
/// not by the model, so a draft can be saved half done.
/// </summary>
/// <remarks>
/// Model versions: <see cref="CurrentModelVersion"/> is written into every document. Minor versions only add
/// members; a reader of version 1.x ignores members it does not know.
/// </remarks>
public sealed class CustomsDeclaration
{
    /// <summary>The model version this SDK writes.</summary>
    public const string CurrentModelVersion = "1.0";

    /// <summary>Model version of the document (major.minor).</summary>
    public string ModelVersion { get; set; } = CurrentModelVersion;

    /// <summary>Transit, export or import.</summary>
    public DeclarationFamily Family { get; set; } = DeclarationFamily.Transit;

    /// <summary>Declaration type: transit T1, T2, T2F, TIR, T (mixed); export EX, EU, CO; import IM, EU, CO.</summary>
    public string? DeclarationType { get; set; }

    /// <summary>Additional declaration type: A (standard), D (pre-lodged), and for export/import B, C, E, F, X, Y, Z.</summary>
    public string? AdditionalDeclarationType { get; set; }

    /// <summary>Local reference number: the declarant's own number, unique within the organization (up to 22 characters).</summary>
    public string? Lrn { get; set; }

    /// <summary>Movement reference number, given by the administration (read-only for editors).</summary>
    public string? Mrn { get; set; }

    /// <summary>Safety and security: 0 none, 1 entry (ENS), 2 exit (EXS), 3 both.</summary>
    public int? Security { get; set; }

    /// <summary>Transit: the reduced data set is used (authorised consignors).</summary>
    public bool? ReducedDatasetIndicator { get; set; }

    /// <summary>Transit: date by which the goods must be presented at the office of destination.</summary>
    public DateOnly? LimitDate { get; set; }

    /// <summary>Customs offices involved.</summary>
    public Offices Offices { get; set; } = new();

    /// <summary>The parties of the declaration.</summary>
    public Parties Parties { get; set; } = new();

    /// <summary>Authorisations the declaration relies on (e.g. ACR authorised consignor, SSE seals).</summary>
    public List<Authorisation> Authorisations { get; set; } = [];

    /// <summary>Guarantees covering a transit operation.</summary>
    public List<GuaranteeReference> Guarantees { get; set; } = [];

    /// <summary>Export: total amount invoiced.</summary>
    public decimal? InvoiceAmount { get; set; }

    /// <summary>Export/import: currency of the invoice (ISO 4217).</summary>
    public string? InvoiceCurrency { get; set; }

    /// <summary>Export/import: delivery terms (Incoterm and place).</summary>
    public DeliveryTerms? DeliveryTerms { get; set; }

    /// <summary>The consignment: countries, transport, equipment, locations.</summary>
    public Consignment Consignment { get; set; } = new();

    /// <summary>The goods items, numbered from 1.</summary>
    public List<GoodsItem> Items { get; set; } = [];
}
