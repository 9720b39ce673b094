namespace WrotaCelne.Modules.Support.Domain.Helpdesk;

/// <summary>Statutory public holidays in Poland (days off work), including the movable feasts.</summary>
internal static class PolishPublicHolidays
{
    public static bool IsHoliday(DateOnly day) => For(day.Year).Contains(day);

    public static IReadOnlySet<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var days = new HashSet<DateOnly>
        {
            new(year, 1, 1),
            new(year, 1, 6),
            easter,
            easter.AddDays(1),
            new(year, 5, 1),
            new(year, 5, 3),
            easter.AddDays(49), // Pentecost Sunday
            easter.AddDays(60), // Corpus Christi
            new(year, 8, 15),
            new(year, 11, 1),
            new(year, 11, 11),
            new(year, 12, 25),
            new(year, 12, 26),
        };
        if (year >= 2025)
        {
            days.Add(new DateOnly(year, 12, 24)); // a public holiday since the 2024 amendment of the Act on days off work
        }

        return days;
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
