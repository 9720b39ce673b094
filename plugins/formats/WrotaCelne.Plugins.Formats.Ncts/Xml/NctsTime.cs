using System.Globalization;

namespace WrotaCelne.Plugins.Formats.Ncts.Xml;

/// <summary>
/// NCTS date-times carry no zone (<c>2026-06-01T10:15:00</c>). The Polish NCTS2 reads and writes them as local time in
/// Warsaw (unverified), so that is how they are written and read here.
/// </summary>
internal static class NctsTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    private static readonly TimeZoneInfo Warsaw = FindWarsaw();

    public static string Write(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Warsaw).ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ReadDateTime(string text)
    {
        // The schemas allow fractions and zones in some date-time types; take what is there.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withZone)
            && HasZone(text))
        {
            return withZone;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? AtWarsaw(DateTime.SpecifyKind(local, DateTimeKind.Unspecified))
            : null;
    }

    public static DateTimeOffset? ReadDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? AtWarsaw(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified))
            : null;

    private static DateTimeOffset AtWarsaw(DateTime local) => new(local, Warsaw.GetUtcOffset(local));

    private static bool HasZone(string text) =>
        text.EndsWith('Z') || (text.Length > 19 && (text[^6] == '+' || text[^6] == '-'));

    private static TimeZoneInfo FindWarsaw()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
