namespace WrotaCelne.Modules.Support.Domain.Helpdesk;

/// <summary>The helpdesk works on working days (Monday to Friday, not public holidays) from 8:00 to 16:00, Warsaw time.</summary>
internal sealed class HelpdeskCalendar(TimeZoneInfo zone)
{
    public static readonly TimeOnly Opens = new(8, 0);
    public static readonly TimeOnly Closes = new(16, 0);

    public TimeZoneInfo Zone => zone;

    public static HelpdeskCalendar Warsaw() => new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !PolishPublicHolidays.IsHoliday(day);

    public bool IsOpen(DateTime utc)
    {
        var local = ToLocal(utc);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= Opens && time < Closes;
    }

    /// <summary>The next moment the helpdesk opens; <paramref name="utc"/> itself when it is open then.</summary>
    public DateTime NextOpening(DateTime utc)
    {
        if (IsOpen(utc))
        {
            return utc;
        }

        var local = ToLocal(utc);
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= Opens)
        {
            day = day.AddDays(1);
        }

        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return ToUtc(day.ToDateTime(Opens));
    }

    /// <summary>Adds helpdesk working time to a moment: a ticket opened on Friday at 15:00 with 8 hours is due on Monday at 15:00.</summary>
    public DateTime AddWorkingTime(DateTime utc, TimeSpan workingTime)
    {
        var remaining = workingTime;
        var cursor = NextOpening(utc);
        while (true)
        {
            var local = ToLocal(cursor);
            var closing = ToUtc(DateOnly.FromDateTime(local).ToDateTime(Closes));
            var available = closing - cursor;
            if (remaining <= available)
            {
                return cursor + remaining;
            }

            remaining -= available;
            cursor = NextOpening(closing);
        }
    }

    private DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    private DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
}
