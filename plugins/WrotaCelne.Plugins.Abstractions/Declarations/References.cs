namespace WrotaCelne.Plugins.Abstractions.Declarations;

/// <summary>An authorisation the declaration relies on.</summary>
public sealed class Authorisation
{
    /// <summary>Type, e.g. <c>C521</c> (authorised consignor), <c>C523</c> (special seals).</summary>
    public string? Type { get; set; }

    /// <summary>Reference number of the authorisation.</summary>
    public string? ReferenceNumber { get; set; }
}

/// <summary>A guarantee covering a transit operation.</summary>
public sealed class GuaranteeReference
{
    /// <summary>Guarantee type code (0-9, A, B, ...).</summary>
    public string? Type { get; set; }

    /// <summary>Guarantee reference number (GRN).</summary>
    public string? Grn { get; set; }

    /// <summary>Other reference, for guarantee types that have no GRN.</summary>
    public string? OtherReference { get; set; }

    /// <summary>Amount to be covered.</summary>
    public decimal? Amount { get; set; }

    /// <summary>Currency of the amount (ISO 4217).</summary>
    public string? Currency { get; set; }
}

/// <summary>Delivery terms.</summary>
public sealed class DeliveryTerms
{
    /// <summary>Incoterm code, e.g. <c>FCA</c>.</summary>
    public string? Incoterm { get; set; }

    /// <summary>UN/LOCODE of the place.</summary>
    public string? UnLocode { get; set; }

    /// <summary>Country of the place.</summary>
    public string? Country { get; set; }

    /// <summary>Place in words.</summary>
    public string? Location { get; set; }
}

/// <summary>A document referred to: previous, supporting or transport document.</summary>
public sealed class DocumentReference
{
    /// <summary>Document type code (e.g. <c>N380</c> invoice, <c>N730</c> road consignment note).</summary>
    public string? Type { get; set; }

    /// <summary>Reference number of the document.</summary>
    public string? ReferenceNumber { get; set; }

    /// <summary>Complement of information.</summary>
    public string? ComplementOfInformation { get; set; }
}

/// <summary>Additional information (a coded statement with optional text).</summary>
public sealed class AdditionalInformation
{
    /// <summary>Code, e.g. <c>00200</c>.</summary>
    public string? Code { get; set; }

    /// <summary>Text.</summary>
    public string? Text { get; set; }
}

/// <summary>An additional reference (type and number).</summary>
public sealed class AdditionalReference
{
    /// <summary>Type code, e.g. <c>Y023</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Reference number.</summary>
    public string? ReferenceNumber { get; set; }
}
