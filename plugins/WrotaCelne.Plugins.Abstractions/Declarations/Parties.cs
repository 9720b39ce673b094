namespace WrotaCelne.Plugins.Abstractions.Declarations;

/// <summary>The parties of a declaration. Which ones a family needs is up to validation.</summary>
public sealed class Parties
{
    /// <summary>Transit: holder of the transit procedure.</summary>
    public Party? Holder { get; set; }

    /// <summary>Export: exporter.</summary>
    public Party? Exporter { get; set; }

    /// <summary>Import: importer.</summary>
    public Party? Importer { get; set; }

    /// <summary>Export/import: declarant.</summary>
    public Party? Declarant { get; set; }

    /// <summary>Representative (e.g. the customs agency), with the kind of representation.</summary>
    public Representative? Representative { get; set; }

    /// <summary>Consignor.</summary>
    public Party? Consignor { get; set; }

    /// <summary>Consignee.</summary>
    public Party? Consignee { get; set; }

    /// <summary>Carrier.</summary>
    public Party? Carrier { get; set; }
}

/// <summary>A trader: identification number (EORI), name, address and contact person.</summary>
public sealed class Party
{
    /// <summary>EORI number, e.g. <c>PL5261040828000</c>.</summary>
    public string? Eori { get; set; }

    /// <summary>Name of the company or person.</summary>
    public string? Name { get; set; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; set; }

    /// <summary>Contact person.</summary>
    public Contact? Contact { get; set; }
}

/// <summary>A representative and the kind of representation.</summary>
public sealed class Representative
{
    /// <summary>EORI number of the representative.</summary>
    public string? Eori { get; set; }

    /// <summary>Name of the representative.</summary>
    public string? Name { get; set; }

    /// <summary>Status: 2 direct representation, 3 indirect representation.</summary>
    public string? Status { get; set; }

    /// <summary>Postal address.</summary>
    public Address? Address { get; set; }

    /// <summary>Contact person.</summary>
    public Contact? Contact { get; set; }
}

/// <summary>A postal address.</summary>
public sealed class Address
{
    /// <summary>Street and number.</summary>
    public string? StreetAndNumber { get; set; }

    /// <summary>Postcode.</summary>
    public string? Postcode { get; set; }

    /// <summary>City.</summary>
    public string? City { get; set; }

    /// <summary>Country (ISO 3166 alpha-2).</summary>
    public string? Country { get; set; }
}

/// <summary>A contact person.</summary>
public sealed class Contact
{
    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; set; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }
}
