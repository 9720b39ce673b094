namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Goods descriptions of the generated archive: a noun with its commodity code, an adjective and sometimes a
/// material, in Polish (a few hundred words). The nouns are in order of how often the agency's customers ship them.
/// </summary>
internal static class GoodsVocabulary
{
    public static readonly (string Noun, string CommodityCode)[] Nouns =
    [
        ("Meble", "94036010"), ("Opony", "40111000"), ("Rowery", "87120030"), ("Laptopy", "84713000"), ("Zasilacze", "85044082"),
        ("Części zamienne", "87089997"), ("Krzesła", "94017100"), ("Stoły", "94033011"), ("Szafy", "94035000"), ("Łóżka", "94035000"),
        ("Materace", "94042100"), ("Kable", "85444920"), ("Przewody", "85444995"), ("Silniki", "85015100"), ("Pompy", "84137081"),
        ("Zawory", "84818087"), ("Łożyska", "84821010"), ("Śruby", "73181595"), ("Nakrętki", "73181630"), ("Podkładki", "73182100"),
        ("Blachy", "72085120"), ("Rury", "73063077"), ("Profile", "72163110"), ("Pręty", "72142000"), ("Druty", "72171010"),
        ("Folie", "39201025"), ("Worki", "39232100"), ("Kartony", "48191000"), ("Palety", "44152020"), ("Skrzynie", "44151010"),
        ("Jabłka", "08081080"), ("Gruszki", "08083090"), ("Truskawki", "08101000"), ("Maliny", "08112031"), ("Ziemniaki", "07019050"),
        ("Cebula", "07031019"), ("Kapusta", "07049010"), ("Marchew", "07061000"), ("Pieczarki", "07095100"), ("Grzyby", "07095900"),
        ("Mleko", "04012091"), ("Masło", "04051019"), ("Sery", "04069088"), ("Jogurty", "04032051"), ("Śmietana", "04015031"),
        ("Wędliny", "16010091"), ("Kiełbasy", "16010099"), ("Szynka", "16024110"), ("Mięso wieprzowe", "02031913"), ("Drób", "02071410"),
        ("Ryby", "03038990"), ("Śledzie", "16041210"), ("Konserwy", "16042070"), ("Czekolada", "18063100"), ("Cukierki", "17049099"),
        ("Ciastka", "19053199"), ("Pieczywo", "19059080"), ("Makaron", "19021990"), ("Mąka", "11010015"), ("Cukier", "17019910"),
        ("Piwo", "22030001"), ("Wódka", "22086011"), ("Soki", "20098999"), ("Woda mineralna", "22011011"), ("Napoje", "22021000"),
        ("Kosmetyki", "33049900"), ("Perfumy", "33030010"), ("Mydło", "34011100"), ("Detergenty", "34022090"), ("Farby", "32089091"),
        ("Lakiery", "32081010"), ("Kleje", "35069190"), ("Nawozy", "31052010"), ("Leki", "30049000"), ("Szczepionki", "30022000"),
        ("Odzież", "62046239"), ("Koszule", "62052000"), ("Spodnie", "62034231"), ("Kurtki", "62019300"), ("Buty", "64039993"),
        ("Torebki", "42022100"), ("Tkaniny", "52081200"), ("Przędza", "52051200"), ("Dywany", "57032000"), ("Firany", "63039990"),
        ("Zabawki", "95030099"), ("Gry planszowe", "95049080"), ("Książki", "49019900"), ("Papier", "48025590"), ("Tektura", "48051200"),
        ("Szkło", "70052180"), ("Butelki", "70109045"), ("Ceramika", "69120085"), ("Płytki", "69072200"), ("Cegły", "69041000"),
        ("Cement", "25232900"), ("Drewno", "44071190"), ("Sklejka", "44123190"), ("Okna", "44181050"), ("Drzwi", "44182050"),
        ("Telewizory", "85287290"), ("Telefony", "85171300"), ("Monitory", "85285210"), ("Drukarki", "84433210"), ("Serwery", "84715000"),
        ("Lodówki", "84181080"), ("Pralki", "84501111"), ("Zmywarki", "84221100"), ("Kuchenki", "85166010"), ("Odkurzacze", "85081100"),
        ("Narzędzia", "82055980"), ("Wiertarki", "84672151"), ("Piły", "82022000"), ("Klucze", "82041100"), ("Młotki", "82052000"),
        ("Akumulatory", "85076000"), ("Baterie", "85065010"), ("Panele fotowoltaiczne", "85414300"), ("Lampy", "94054099"), ("Żarówki", "85395000"),
        ("Samochody", "87032319"), ("Przyczepy", "87163980"), ("Ciągniki", "87019150"), ("Maszyny rolnicze", "84328000"), ("Kombajny", "84335100"),
    ];

    public static readonly string[] Adjectives =
    [
        "drewniane", "metalowe", "stalowe", "aluminiowe", "plastikowe", "szklane", "bawełniane", "wełniane", "skórzane", "gumowe",
        "elektryczne", "elektroniczne", "mechaniczne", "hydrauliczne", "pneumatyczne", "przemysłowe", "domowe", "biurowe", "ogrodowe", "sportowe",
        "dziecięce", "damskie", "męskie", "zimowe", "letnie", "świeże", "mrożone", "suszone", "wędzone", "gotowane",
        "pakowane", "luzem", "używane", "nowe", "regenerowane", "składane", "przenośne", "bezprzewodowe", "cyfrowe", "analogowe",
        "małe", "duże", "średnie", "ciężkie", "lekkie", "długie", "krótkie", "szerokie", "wąskie", "okrągłe",
        "kwadratowe", "kolorowe", "białe", "czarne", "czerwone", "zielone", "niebieskie", "żółte", "szare", "srebrne",
        "ekologiczne", "organiczne", "bezglutenowe", "wegańskie", "premium", "ekonomiczne", "profesjonalne", "amatorskie", "samochodowe", "rowerowe",
        "górskie", "miejskie", "turystyczne", "rolnicze", "budowlane", "medyczne", "laboratoryjne", "kuchenne", "łazienkowe", "sypialniane",
    ];

    public static readonly string[] Materials =
    [
        "z drewna dębowego", "z drewna sosnowego", "ze stali nierdzewnej", "z tworzywa sztucznego", "z bawełny", "z poliestru", "ze szkła hartowanego",
        "z aluminium", "z miedzi", "z mosiądzu", "z porcelany", "z kamionki", "ze skóry naturalnej", "z papieru", "z kartonu", "z lnu",
        "z jedwabiu", "z wełny owczej", "z gumy", "z silikonu",
    ];

    /// <summary>Package kinds (UN/ECE Recommendation 21) an agency sees most.</summary>
    public static readonly string[] PackageKinds = ["CT", "PX", "BX", "BG", "CR", "DR", "PK", "PL", "CS", "BE"];
}
