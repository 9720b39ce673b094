using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.FormatTests.Data;

/// <summary>Traders, places and texts for generated declarations: Polish and foreign, with diacritics and XML-special characters.</summary>
internal sealed class TraderData(Random random)
{
    private static readonly string[] PolishNames =
    [
        "Fabryka Mebli „Żubr” S.A.", "Zakład Przetwórstwa Łódź Sp. z o.o.", "Hurtownia Wschód & Syn", "Przędzalnia Źródło <Bielsko>",
        "Gęślarnia Jaźń Sp.k.", "Stocznia Gdańska Ślązak", "Spółdzielnia Mleczarska Ełk", "Huta Szkła \"Krosno\" S.A.",
    ];

    private static readonly string[] ForeignNames =
    [
        "Möbelhaus Müller & Söhne GmbH", "Société Générale d'Équipement", "Furniture Imports Inc.", "Åkerlund Trädgård AB",
        "Łukasz Nowak Import Ltd", "Ningbo Shùnfēng Trading Co.", "Ørsted Værktøj ApS", "Çelik Makine A.Ş.",
    ];

    private static readonly (string Country, string City, string Postcode, string Street)[] ForeignPlaces =
    [
        ("US", "New York", "10001", "1 Main St"), ("CN", "Ningbo", "315000", "88 Zhongshan Rd"), ("NO", "Bergen", "5003", "Bryggen 7"),
        ("CH", "Zürich", "8001", "Bahnhofstraße 12"), ("TR", "İstanbul", "34000", "İstiklal Cd. 5"), ("GB", "Leeds", "LS1 4AP", "12 Park Row"),
        ("UA", "Kyiv", "01001", "Khreshchatyk 22"), ("JP", "Ōsaka", "530-0001", "1-1 Umeda"),
    ];

    private static readonly (string City, string Postcode, string Street)[] PolishPlaces =
    [
        ("Łódź", "90-001", "ul. Piotrkowska 1"), ("Gdańsk", "80-001", "ul. Długa 12/3"), ("Białystok", "15-001", "ul. Lipowa 7"),
        ("Wrocław", "50-001", "pl. Solny 4"), ("Kraków", "31-001", "Rynek Główny 9"), ("Poznań", "61-001", "ul. Święty Marcin 30"),
    ];

    private static readonly string[] Goods =
    [
        "Meble drewniane — krzesła dębowe", "Części do pojazdów: tarcze hamulcowe", "Odzież bawełniana (koszulki)", "Szkło kryształowe & porcelana",
        "Maszyny rolnicze <kombajny>", "Łożyska kulkowe stalowe", "Żelazko parowe 2400 W", "Przędza wełniana \"merino\"",
    ];

    public static IReadOnlyList<string> ForeignCountries { get; } = ["US", "CN", "NO", "CH", "TR", "GB", "UA", "JP", "CA", "IN"];

    public static IReadOnlyList<string> Currencies { get; } = ["EUR", "USD", "PLN", "GBP", "CHF", "JPY"];

    public static IReadOnlyList<string> UnLocodes { get; } = ["PLGDY", "PLGDN", "PLWAW", "PLKTW", "DEHAM", "NLRTM", "PLSZZ"];

    public T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];

    public bool Chance(int percent) => random.Next(100) < percent;

    /// <summary>A Polish EORI: PL, a NIP with a valid check digit, and 00000.</summary>
    public string PolishEori()
    {
        int[] weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        while (true)
        {
            var digits = Enumerable.Range(0, 9).Select(i => i == 0 ? random.Next(1, 10) : random.Next(10)).ToArray();
            var check = digits.Select((d, i) => d * weights[i]).Sum() % 11;
            if (check != 10)
            {
                return $"PL{string.Concat(digits)}{check}00000";
            }
        }
    }

    public string Lrn(string prefix, int seed) => $"WC/{prefix}/{seed:D6}-{random.Next(1000):D3}";

    public Party PolishParty(bool full) => new()
    {
        Eori = PolishEori(),
        Name = full ? Pick(PolishNames) : null,
        Address = full ? PolishAddress() : null,
        Contact = full && Chance(40) ? Contact() : null,
    };

    /// <summary>A party outside the EU, known by name and address (sometimes with an EORI too).</summary>
    public Party ForeignParty()
    {
        var place = Pick(ForeignPlaces);
        return new Party
        {
            Eori = Chance(20) ? "GB" + random.NextInt64(100_000_000_000, 999_999_999_999) : null,
            Name = Pick(ForeignNames),
            Address = new Address { StreetAndNumber = place.Street, Postcode = Chance(80) ? place.Postcode : null, City = place.City, Country = place.Country },
        };
    }

    public Address PolishAddress()
    {
        var place = Pick(PolishPlaces);
        return new Address { StreetAndNumber = place.Street, Postcode = place.Postcode, City = place.City, Country = "PL" };
    }

    public Contact Contact() => new()
    {
        Name = Pick(["Józef Wąsik", "Anna Żyła-Kowalczyk", "Łucja Ćwik"]),
        Phone = Chance(70) ? $"+48 {random.Next(500, 800)} {random.Next(100, 999)} {random.Next(100, 999)}" : null,
        Email = Chance(50) ? "odprawa@example.pl" : null,
    };

    public Representative Representative() => new()
    {
        Eori = PolishEori(),
        Status = Pick(["2", "3"]),
        Contact = Chance(30) ? Contact() : null,
    };

    public string GoodsDescription() => Chance(5) ? string.Concat(Enumerable.Repeat("Towar ząb ", 51)).TrimEnd() : Pick(Goods);

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    /// <summary>A mass in kilograms with up to three decimals.</summary>
    public decimal Mass(int maxKilograms) => decimal.Round(random.Next(1, maxKilograms * 1000) / 1000m, 3);

    public Packaging Package()
    {
        if (Chance(10))
        {
            return new Packaging { Kind = Pick(RefDataCodes.BulkKinds), Marks = Chance(30) ? "LUZEM" : null };
        }

        return new Packaging { Kind = Pick(RefDataCodes.PackedKinds), Count = random.Next(1, 500), Marks = Chance(60) ? $"WC-{random.Next(1, 999)} / ŁÓDŹ" : null };
    }

    public DocumentReference Document(IReadOnlyList<string> types) => new()
    {
        Type = Pick(types),
        ReferenceNumber = $"DOK/{random.Next(2020, 2027)}/{random.Next(1, 99999)}",
        ComplementOfInformation = Chance(30) ? "kopia źródłowa" : null,
    };

    public LocationOfGoods LocationOfGoods() => Pick(["U", "V", "Y", "Z"]) switch
    {
        "U" => new LocationOfGoods { TypeOfLocation = "A", QualifierOfIdentification = "U", UnLocode = Pick(UnLocodes) },
        "V" => new LocationOfGoods { TypeOfLocation = "A", QualifierOfIdentification = "V", CustomsOffice = Pick(RefDataCodes.PolishOffices) },
        "Y" => new LocationOfGoods { TypeOfLocation = "B", QualifierOfIdentification = "Y", AuthorisationNumber = $"PLACE{Digits(8)}" },
        _ => new LocationOfGoods { TypeOfLocation = "D", QualifierOfIdentification = "Z", Address = PolishAddress() },
    };

    public TransportMeans TransportMeans() => new()
    {
        TypeOfIdentification = Pick(["30", "31", "10", "40"]),
        IdentificationNumber = $"{Pick(["WX", "GD", "KR"])} {random.Next(1000, 99999)}{(char)('A' + random.Next(26))}",
        Nationality = Pick(["PL", "DE", "LT", "UA"]),
    };

    public TransportEquipment Container() => new()
    {
        ContainerIdentificationNumber = $"MSCU{Digits(7)}",
        Seals = Enumerable.Range(0, random.Next(0, 3)).Select(_ => $"PL-{Digits(6)}").ToList(),
    };

    /// <summary>How many goods items: mostly a few, sometimes up to 100.</summary>
    public int ItemCount(int seed) => seed % 10 == 0 ? random.Next(30, 101) : random.Next(1, 8);
}
