using System.Globalization;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.FormatTests.Generation;

/// <summary>
/// Seeded canonical transit declarations, broad on purpose: every declaration type, security 0-3 with the offices it
/// needs, the reduced data set, optional groups present and absent, 1 to 200 items (mostly a few), repeated
/// guarantees, offices, seals and documents, Polish diacritics, maximum lengths and decimals at the rules' limits,
/// real codes from the reference data. No MRN: these are declarations before they are lodged.
/// </summary>
internal sealed class TransitDeclarationGenerator(int seed)
{
    private static readonly string[] DeclarationTypes = ["T1", "T2", "T2F", "TIR", "T"];
    private static readonly string[] Countries = ["PL", "DE", "CZ", "SK", "LT", "FR", "NL", "IT", "ES", "BY", "UA", "CH", "NO", "GB", "TR"];
    private static readonly string[] Currencies = ["EUR", "PLN", "USD", "CHF", "GBP"];
    private static readonly string[] GrnGuaranteeTypes = ["0", "1", "2", "4", "9"];
    private static readonly string[] OtherGuaranteeTypes = ["3", "5", "7", "8", "A", "C", "D", "E", "H", "J", "R"];
    private static readonly string[] UnLocodes = ["PLWAW", "PLGDN", "PLGDY", "PLKTW", "DEHAM", "DEBER", "NLRTM", "CZPRG", "LTVNO", "FRPAR"];
    private static readonly string[] InformationCodes = ["00200", "30600", "20100", "20200", "20300", "DGFR1"];

    private readonly Random random = new(seed);

    public CustomsDeclaration Next(int? itemCount = null)
    {
        var declarationType = Pick(DeclarationTypes);
        var security = random.Next(4);
        var items = Enumerable.Range(1, itemCount ?? ItemCount()).Select(n => Item(n, security)).ToList();
        if (items.Count == 1 && Chance(20))
        {
            // The heaviest consignment the rules allow: 10 integer digits and 6 decimals.
            items[0].GrossMass = 9999999999.999999m;
            items[0].NetMass = Chance(2) ? 9999999999.999999m : null;
        }

        var declaration = new CustomsDeclaration
        {
            Family = DeclarationFamily.Transit,
            DeclarationType = declarationType,
            AdditionalDeclarationType = Chance(5) ? "D" : "A",
            Lrn = Lrn(),
            Security = security,
            ReducedDatasetIndicator = Chance(4),
            LimitDate = Chance(3) ? new DateOnly(2026, 6, 1).AddDays(random.Next(1, 60)) : null,
            Offices = new Offices
            {
                Departure = Pick(TransitRefData.PolishDepartureOffices),
                Destination = Pick(TransitRefData.DestinationOffices),
                Transit = Several(0, Chance(2) ? 0 : 4, () => Pick(TransitRefData.TransitOffices)),
                ExitForTransit = security >= 2 ? Several(1, 3, () => Pick(TransitRefData.ExitOffices)) : [],
            },
            Parties = new Parties
            {
                Holder = Trader(withContact: Chance(2)),
                Representative = Chance(3) ? Representative() : null,
                Consignor = Chance(3) ? Trader(withContact: Chance(2)) : null,
                Consignee = Chance(5) ? null : Trader(withContact: false),
                Carrier = Chance(4) ? new Party { Eori = Eori(), Contact = Chance(2) ? Contact() : null } : null,
            },
            Authorisations = Several(0, Chance(3) ? 3 : 0, () => new Authorisation { Type = Pick(["C521", "C523", "C524", "C1"]), ReferenceNumber = "PL" + TransitText.Code(random, random.Next(1, 34)) }),
            Guarantees = Several(1, Chance(6) ? 9 : 2, () => Guarantee(declarationType)),
            Consignment = Consignment(items),
            Items = items,
        };
        return declaration;
    }

    private int ItemCount() => random.Next(100) switch
    {
        < 60 => random.Next(1, 4),
        < 90 => random.Next(4, 16),
        < 98 => random.Next(16, 60),
        _ => random.Next(60, 201),
    };

    private Consignment Consignment(List<GoodsItem> items)
    {
        var equipment = Several(0, Chance(2) ? 0 : 3, () => new TransportEquipment
        {
            ContainerIdentificationNumber = Chance(4) ? null : TransitText.Ascii(random, 17),
            Seals = Several(0, 5, () => TransitText.Code(random, random.Next(1, 21))),
        });
        return new Consignment
        {
            CountryOfDispatch = Chance(3) ? null : "PL",
            CountryOfDestination = Chance(3) ? null : Pick(Countries),
            ContainerIndicator = Chance(3) ? null : equipment.Any(e => e.ContainerIdentificationNumber is not null),
            InlandModeOfTransport = Chance(3) ? null : Pick(TransitRefData.TransportModes),
            ModeOfTransportAtBorder = Chance(3) ? null : Pick(TransitRefData.TransportModes),

            // The consignment weighs what its items weigh (the rules compare the two).
            GrossMass = items.Sum(i => i.GrossMass!.Value),
            ReferenceNumberUcr = Chance(3) ? TransitText.Ascii(random, 35) : null,
            TransportEquipment = equipment,
            LocationOfGoods = Chance(2) ? LocationOfGoods() : null,
            DepartureTransportMeans = Several(0, 2, TransportMeans),
            ActiveBorderTransportMeans = Several(0, Chance(2) ? 0 : 2, TransportMeans),
            CountriesOfRouting = Several(0, 4, () => Pick(Countries)),
            PlaceOfLoading = Chance(3) ? Place() : null,
            PlaceOfUnloading = Chance(4) ? Place() : null,
            PreviousDocuments = Several(0, Chance(2) ? 0 : 3, () => Document(TransitRefData.PreviousDocumentTypes, withComplement: true)),
            SupportingDocuments = Several(0, Chance(2) ? 0 : 3, () => Document(TransitRefData.DocumentTypes, withComplement: true)),
            TransportDocuments = Several(0, 2, () => Document(TransitRefData.DocumentTypes, withComplement: false)),
            AdditionalInformation = Several(0, Chance(3) ? 2 : 0, Information),
        };
    }

    private GoodsItem Item(int number, int security)
    {
        var gross = Mass();
        return new GoodsItem
        {
            Number = number,
            Description = TransitText.Words(random, 512),
            CommodityCode = security > 0 || Chance(2) ? TransitText.Digits(random, Chance(2) ? 6 : 8) : null,
            GrossMass = gross,
            NetMass = Chance(3) ? null : NetMass(gross),
            SupplementaryUnits = Chance(5) ? Positive(Math.Round((decimal)random.NextDouble() * 1000m, random.Next(7))) : null,
            Packages = Several(1, Chance(5) ? 3 : 1, Package),
            CountryOfDispatch = Chance(10) ? "PL" : null,
            CountryOfDestination = Chance(10) ? Pick(Countries) : null,
            UnNumber = Chance(15) ? TransitText.Digits(random, 4) : null,
            PreviousDocuments = Several(0, Chance(4) ? 2 : 0, () => Document(TransitRefData.PreviousDocumentTypes, withComplement: true)),
            SupportingDocuments = Several(0, Chance(4) ? 2 : 0, () => Document(TransitRefData.DocumentTypes, withComplement: true)),
            TransportDocuments = Several(0, Chance(6) ? 1 : 0, () => Document(TransitRefData.DocumentTypes, withComplement: false)),
            AdditionalReferences = Several(0, Chance(5) ? 2 : 0, () => new AdditionalReference
            {
                Type = Pick(TransitRefData.DocumentTypes),
                ReferenceNumber = Chance(3) ? null : TransitText.Words(random, 70),
            }),
            AdditionalInformation = Several(0, Chance(6) ? 2 : 0, Information),
        };
    }

    /// <summary>Masses with 0 to 6 decimals, from 0.000001 kg up to 49999999.999999 kg (200 of those still fit the rules' 10 integer digits).</summary>
    private decimal Mass() => random.Next(40) switch
    {
        0 => 0.000001m,
        1 => 49999999.999999m,
        _ => Positive(Math.Round((decimal)random.NextDouble() * random.Next(1, 25000), random.Next(7))),
    };

    /// <summary>At most the gross mass: rounded toward zero so rounding never lifts it above.</summary>
    private decimal NetMass(decimal gross) =>
        Math.Max(0.000001m, Math.Min(gross, Math.Round(gross * (decimal)random.NextDouble(), random.Next(7), MidpointRounding.ToZero)));

    private static decimal Positive(decimal value) => value > 0 ? value : 0.000001m;

    private Packaging Package()
    {
        if (Chance(8))
        {
            return new Packaging { Kind = Pick(TransitRefData.BulkKinds), Marks = Chance(2) ? TransitText.Words(random, 512) : null };
        }

        var kind = Pick(TransitRefData.PackageKinds);
        return new Packaging
        {
            Kind = kind,
            Count = TransitRefData.BulkKinds.Contains(kind) ? null : random.Next(20) == 0 ? 99999999 : random.Next(0, 500),
            Marks = Chance(2) ? TransitText.Words(random, 512) : null,
        };
    }

    private GuaranteeReference Guarantee(string declarationType)
    {
        if (declarationType == "TIR")
        {
            return new GuaranteeReference { Type = "B", OtherReference = Chance(2) ? TransitText.Code(random, random.Next(1, 36)) : null };
        }

        if (Chance(3))
        {
            return new GuaranteeReference { Type = Pick(OtherGuaranteeTypes), OtherReference = TransitText.Code(random, random.Next(1, 36)) };
        }

        return new GuaranteeReference
        {
            Type = Pick(GrnGuaranteeTypes),
            Grn = Grn(),
            Amount = random.Next(20) == 0 ? 99999999999999.99m : Math.Round((decimal)random.NextDouble() * 1_000_000m, random.Next(3)) + 0.01m,
            Currency = Pick(Currencies),
        };
    }

    private LocationOfGoods LocationOfGoods()
    {
        var location = new LocationOfGoods { TypeOfLocation = Pick(["A", "B", "C", "D"]), QualifierOfIdentification = Pick(["U", "V", "Y", "Z"]) };
        switch (location.QualifierOfIdentification)
        {
            case "U":
                location.UnLocode = Pick(UnLocodes);
                break;
            case "V":
                location.CustomsOffice = Pick(TransitRefData.PolishDepartureOffices);
                break;
            case "Y":
                location.AuthorisationNumber = "PLACE" + TransitText.Code(random, random.Next(1, 31));
                break;
            default:
                location.Address = Address();
                break;
        }

        return location;
    }

    private TransportMeans TransportMeans() => new()
    {
        TypeOfIdentification = Chance(4) ? null : Pick(["10", "11", "20", "21", "30", "31", "40", "41", "80", "81"]),
        IdentificationNumber = Chance(4) ? null : TransitText.Code(random, random.Next(1, 36)),
        Nationality = Chance(4) ? null : Pick(Countries),
    };

    private Place Place() => Chance(2)
        ? new Place { UnLocode = Pick(UnLocodes) }
        : new Place { Country = Pick(Countries), Location = TransitText.Words(random, 35) };

    private DocumentReference Document(IReadOnlyList<string> types, bool withComplement) => new()
    {
        Type = Pick(types),
        ReferenceNumber = TransitText.Words(random, 70),
        ComplementOfInformation = withComplement && Chance(3) ? TransitText.Words(random, 35) : null,
    };

    private AdditionalInformation Information() => new()
    {
        Code = Pick(InformationCodes),
        Text = Chance(2) ? TransitText.Words(random, 512) : null,
    };

    private Party Trader(bool withContact)
    {
        var hasEori = !Chance(5);
        return new Party
        {
            Eori = hasEori ? Eori() : null,
            Name = hasEori && Chance(4) ? null : TransitText.Words(random, 70),
            Address = hasEori && Chance(4) ? null : Address(),
            Contact = withContact ? Contact() : null,
        };
    }

    private Representative Representative() => new()
    {
        Eori = Eori(),
        Status = Pick(["2", "3"]),
        Contact = Chance(2) ? Contact() : null,
    };

    private Address Address() => new()
    {
        StreetAndNumber = TransitText.Words(random, 70),
        Postcode = Chance(5) ? null : Chance(6) ? TransitText.Code(random, 17) : $"{random.Next(10, 100)}-{random.Next(100, 1000)}",
        City = Chance(6) ? TransitText.Words(random, 35) : TransitText.City(random),
        Country = Pick(Countries),
    };

    private Contact Contact() => new()
    {
        Name = TransitText.Words(random, 70),
        Phone = "+48 " + TransitText.Digits(random, random.Next(3, 12)),
        Email = Chance(2) ? null : $"biuro{random.Next(1000)}@firma-{TransitText.Code(random, 5).ToLowerInvariant()}.pl",
    };

    /// <summary>A Polish EORI on a NIP with a valid check digit; now and then a foreign one.</summary>
    private string Eori()
    {
        if (Chance(6))
        {
            return Pick(["DE", "CZ", "LT", "NL"]) + TransitText.Code(random, random.Next(1, 16));
        }

        while (true)
        {
            var digits = TransitText.Digits(random, 9);
            int[] weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
            var check = digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 11;
            if (check < 10)
            {
                return "PL" + digits + check.ToString(CultureInfo.InvariantCulture) + "00000";
            }
        }
    }

    private string Grn()
    {
        var body = "26PL" + TransitText.Code(random, 12);
        var grn = body + CheckDigit.Of(body)!.Value.ToString(CultureInfo.InvariantCulture);
        return Chance(4) ? grn + TransitText.Code(random, 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + TransitText.Digits(random, 6) : grn;
    }

    private string Lrn()
    {
        var lrn = $"WC/2026/T/{random.Next(1, 1_000_000):D6}";
        return Chance(5) ? (lrn + "-" + TransitText.Code(random, 22))[..22] : lrn;
    }

    private bool Chance(int oneIn) => random.Next(oneIn) == 0;

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private List<T> Several<T>(int min, int max, Func<T> make) =>
        Enumerable.Range(0, max < min ? min : random.Next(min, max + 1)).Select(_ => make()).ToList();
}
