using WrotaCelne.Modules.Support.Domain.Helpdesk;
using Xunit;

namespace WrotaCelne.IntegrationTests.Modules;

public sealed class HelpdeskCalendarTests
{
    private readonly HelpdeskCalendar _calendar = HelpdeskCalendar.Warsaw();

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void Easter_sunday(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), PolishPublicHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2026-04-06")] // Easter Monday
    [InlineData("2026-06-04")] // Corpus Christi
    [InlineData("2026-11-11")] // Independence Day
    [InlineData("2026-12-24")] // Christmas Eve, a day off since 2025
    [InlineData("2026-01-06")]
    [InlineData("2026-05-03")]
    public void Polish_public_holidays(string day) => Assert.True(PolishPublicHolidays.IsHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Christmas_eve_was_a_working_day_before_2025() => Assert.False(PolishPublicHolidays.IsHoliday(new DateOnly(2024, 12, 24)));

    [Theory]
    [InlineData("2026-11-25T07:00:00Z", true)]   // Wednesday 8:00 in Warsaw (CET)
    [InlineData("2026-11-25T06:59:59Z", false)]
    [InlineData("2026-11-25T15:00:00Z", false)]  // 16:00 closes
    [InlineData("2026-11-28T10:00:00Z", false)]  // Saturday
    [InlineData("2026-11-11T10:00:00Z", false)]  // holiday on a Wednesday
    [InlineData("2026-07-01T06:00:00Z", true)]   // 8:00 in summer time (CEST)
    public void Open_on_working_days_from_8_to_16_warsaw_time(string utc, bool open) =>
        Assert.Equal(open, _calendar.IsOpen(Utc(utc)));

    [Fact]
    public void After_hours_on_friday_the_next_opening_is_monday_8() =>
        Assert.Equal(Utc("2026-11-30T07:00:00Z"), _calendar.NextOpening(Utc("2026-11-27T17:00:00Z")));

    [Fact]
    public void One_working_day_from_friday_afternoon_is_monday_afternoon() =>
        Assert.Equal(Utc("2026-11-30T14:00:00Z"), _calendar.AddWorkingTime(Utc("2026-11-27T14:00:00Z"), TimeSpan.FromHours(8)));

    [Fact]
    public void Working_time_skips_public_holidays() =>
        // Tuesday 10 Nov 2026 at 15:00 Warsaw + 8 working hours: Wednesday 11 Nov is a holiday → Thursday 15:00.
        Assert.Equal(Utc("2026-11-12T14:00:00Z"), _calendar.AddWorkingTime(Utc("2026-11-10T14:00:00Z"), TimeSpan.FromHours(8)));

    [Fact]
    public void A_ticket_opened_at_night_is_due_by_the_end_of_the_next_working_day() =>
        Assert.Equal(Utc("2026-11-25T15:00:00Z"), _calendar.AddWorkingTime(Utc("2026-11-25T02:00:00Z"), Ticket.ResponseTime));

    private static DateTime Utc(string value) => DateTime.Parse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
