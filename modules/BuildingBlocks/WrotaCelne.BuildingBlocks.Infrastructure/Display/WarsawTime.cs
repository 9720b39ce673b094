using System.Globalization;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Display;

/// <summary>Times are stored in UTC and shown to people in Warsaw time.</summary>
public static class WarsawTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static string Show(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The calendar day in Warsaw at <paramref name="utc"/> (what "today" means to customers).</summary>
    public static DateOnly Date(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone));

    /// <summary>When a day of the Warsaw calendar begins, in UTC (midnight always exists: clocks change at 2-3 a.m.).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    /// <summary>Converts a wall-clock time typed in a form; false for a time that does not exist (the spring-forward hour).</summary>
    public static bool TryToUtc(DateTime local, out DateTime utc)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            utc = default;
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
        return true;
    }
}
