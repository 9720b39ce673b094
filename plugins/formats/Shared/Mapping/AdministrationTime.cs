using System.Globalization;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// Times in the messages are clock times without a zone (the EU pattern <c>yyyy-MM-ddTHH:mm:ss</c>). They are taken
/// as Polish time (Europe/Warsaw), the administration's local time (unverified; see the plugin README); a time that
/// states its offset keeps it.
/// </summary>
internal static class AdministrationTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static string Write(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Read(string text)
    {
        text = text.Trim();
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return null;
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) ? withOffset : null;
        }

        return new DateTimeOffset(parsed, Zone.GetUtcOffset(parsed));
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
