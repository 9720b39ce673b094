using System.Globalization;
using WrotaCelne.Benchmarks.Hosting;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// The generated archive's trading partners: Polish companies (consignors in transit, exporters, importers)
/// and German ones (consignees in transit and export, consignors in import), with diacritics in their
/// names, EORI numbers and addresses. Each list is in order of how often the agency works for the company.
/// </summary>
internal sealed class CompanyDirectory
{
    private static readonly string[] PolishTrades =
    [
        "Przedsiębiorstwo Handlowe", "Spedycja", "Zakłady Mięsne", "Hurtownia", "Fabryka Mebli", "Transport", "Logistyka",
        "Przetwórnia Owoców", "Huta", "Browar", "Drukarnia", "Piekarnia", "Tartak", "Mleczarnia", "Odlewnia", "Stocznia",
        "Cukrownia", "Szwalnia", "Chłodnia", "Wytwórnia Opakowań",
    ];

    private static readonly string[] PolishNames =
    [
        "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
        "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski",
        "Nowicki", "Adamczyk", "Dudek", "Zając", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski", "Jaworski",
        "Wróbel", "Malinowski", "Pawlak", "Witkowski", "Walczak", "Stępień", "Górski", "Rutkowski", "Michalak", "Sikora",
        "Ostrowski", "Baran", "Duda", "Szewczyk", "Tomaszewski", "Pietrzak", "Marciniak", "Wróblewski", "Zalewski", "Jakubowski",
        "Jasiński", "Zawadzki", "Sadowski", "Bąk", "Chmielewski", "Włodarczyk", "Borkowski", "Czarnecki", "Sawicki", "Sokołowski",
        "Łódź", "Gdańsk", "Śląsk", "Żywiec", "Łomża", "Kraków", "Poznań", "Wrocław", "Bydgoszcz", "Białystok",
        "Rzeszów", "Częstochowa", "Toruń", "Kielce", "Olsztyn", "Opole", "Gorzów", "Zielona Góra", "Płock", "Elbląg",
    ];

    private static readonly string[] PolishForms = ["Sp. z o.o.", "S.A.", "Sp. j.", "Sp. k.", "s.c."];

    private static readonly (string City, string Postcode)[] PolishCities =
    [
        ("Warszawa", "00-950"), ("Łódź", "90-001"), ("Kraków", "30-001"), ("Wrocław", "50-001"), ("Poznań", "60-001"),
        ("Gdańsk", "80-001"), ("Szczecin", "70-001"), ("Bydgoszcz", "85-001"), ("Lublin", "20-001"), ("Białystok", "15-001"),
        ("Katowice", "40-001"), ("Gdynia", "81-001"), ("Częstochowa", "42-200"), ("Radom", "26-600"), ("Toruń", "87-100"),
        ("Rzeszów", "35-001"), ("Kielce", "25-001"), ("Gliwice", "44-100"), ("Olsztyn", "10-001"), ("Bielsko-Biała", "43-300"),
    ];

    private static readonly string[] PolishStreets = ["ul. Przemysłowa", "ul. Składowa", "ul. Kolejowa", "ul. Portowa", "ul. Łąkowa", "ul. Źródlana", "ul. Żeromskiego", "al. Jerozolimskie", "ul. Świętokrzyska", "ul. Grunwaldzka"];

    private static readonly string[] GermanNames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
        "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber",
        "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert",
        "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz",
        "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin",
        "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich",
    ];

    private static readonly string[] GermanTrades =
    [
        "Logistik", "Maschinenbau", "Handelsgesellschaft", "Spedition", "Lebensmittel", "Möbelwerke", "Stahlbau", "Verpackungen",
        "Elektrotechnik", "Autoteile", "Baustoffe", "Kunststofftechnik", "Getränke", "Textil", "Chemie",
    ];

    private static readonly string[] GermanForms = ["GmbH", "AG", "GmbH & Co. KG", "KG", "OHG"];

    private static readonly (string City, string Postcode)[] GermanCities =
    [
        ("Berlin", "10115"), ("Hamburg", "20457"), ("München", "80331"), ("Köln", "50667"), ("Frankfurt am Main", "60311"),
        ("Stuttgart", "70173"), ("Düsseldorf", "40213"), ("Leipzig", "04109"), ("Dortmund", "44135"), ("Essen", "45127"),
        ("Bremen", "28195"), ("Dresden", "01067"), ("Hannover", "30159"), ("Nürnberg", "90402"), ("Duisburg", "47051"),
        ("Görlitz", "02826"), ("Frankfurt (Oder)", "15230"), ("Cottbus", "03046"), ("Rostock", "18055"), ("Magdeburg", "39104"),
    ];

    private static readonly string[] GermanStreets = ["Hafenstraße", "Industriestraße", "Bahnhofstraße", "Lagerweg", "Königsallee", "Große Straße", "Güterweg", "Mühlenstraße", "Schloßstraße", "Am Güterbahnhof"];

    private CompanyDirectory(IReadOnlyList<Company> polish, IReadOnlyList<Company> german)
    {
        Polish = polish;
        German = german;
    }

    /// <summary>Polish companies, the most frequent first.</summary>
    public IReadOnlyList<Company> Polish { get; }

    /// <summary>German companies, the most frequent first.</summary>
    public IReadOnlyList<Company> German { get; }

    public static CompanyDirectory Create(Random random, int count)
    {
        var eoris = new HashSet<string>(StringComparer.Ordinal);
        var polish = Distinct(random, count / 2, () => string.Join(' ', Pick(random, PolishTrades), Pick(random, PolishNames), Pick(random, PolishForms)))
            .Select(name =>
            {
                var (city, postcode) = Pick(random, PolishCities);
                var street = $"{Pick(random, PolishStreets)} {random.Next(1, 200)}";
                return new Company(name, UniqueEori(eoris, () => $"PL{TestNip.Random(random)}00000"), street, postcode, city, "PL");
            })
            .ToList();
        var german = Distinct(random, count - count / 2, () => string.Join(' ', Pick(random, GermanNames), Pick(random, GermanTrades), Pick(random, GermanForms)))
            .Select(name =>
            {
                var (city, postcode) = Pick(random, GermanCities);
                var street = $"{Pick(random, GermanStreets)} {random.Next(1, 120)}";
                return new Company(name, UniqueEori(eoris, () => "DE" + random.NextInt64(100_000_000_000, 999_999_999_999_999).ToString(CultureInfo.InvariantCulture)), street, postcode, city, "DE");
            })
            .ToList();
        return new CompanyDirectory(polish, german);
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static List<string> Distinct(Random random, int count, Func<string> next)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>(count);
        while (ordered.Count < count)
        {
            var name = next();
            if (names.Add(name))
            {
                ordered.Add(name);
            }
        }

        return ordered;
    }

    private static string UniqueEori(HashSet<string> taken, Func<string> next)
    {
        while (true)
        {
            var eori = next();
            if (taken.Add(eori))
            {
                return eori;
            }
        }
    }
}
