using GutAusgestattet.Gaps.SchoolHolidays;

namespace GutAusgestattet.Gaps.UnitTests.SchoolHolidays;

/// <summary>School holidays as the ministries' calendars and German tables give them.</summary>
public sealed class HolidayFilesTests
{
    private static string Calendar(params string[] lines) => string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kultusministerium//Ferien//DE", .. lines, "END:VCALENDAR"]);

    [Fact]
    public void An_all_day_event_ends_the_day_before_its_DTEND_and_its_summary_names_it()
    {
        var file = IcsHolidays.Read(Calendar(
            "BEGIN:VEVENT", "UID:so27@km.bayern.de", "DTSTAMP:20261201T080000Z", "DTSTART;VALUE=DATE:20270802", "DTEND;VALUE=DATE:20270914",
            "SUMMARY:Sommerferien Bayern 2027", "END:VEVENT",
            // Folded (RFC 5545 §3.1) and escaped, a date-time start, a midnight end is exclusive too.
            "BEGIN:VEVENT", "DTSTART;TZID=Europe/Berlin:20271102T000000", "DTEND;TZID=Europe/Berlin:20271104T000000",
            "SUMMARY:Herbstferien\\, Bu", " ß- und Bettag", "END:VEVENT",
            // No end: one day.
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20271117", "END:VEVENT"));

        Assert.Empty(file.Errors);
        Assert.Equal([
            (4, new HolidayPeriod(new(2027, 8, 2), new(2027, 9, 13), "Sommerferien Bayern 2027")),
            (11, new HolidayPeriod(new(2027, 11, 2), new(2027, 11, 3), "Herbstferien, Buß- und Bettag")),
            (17, new HolidayPeriod(new(2027, 11, 17), new(2027, 11, 17), "Schulferien")),
        ], file.Periods);
    }

    [Fact]
    public void What_cannot_be_read_is_named_by_line_and_property()
    {
        var file = IcsHolidays.Read(Calendar(
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:2027-08-02", "SUMMARY:Sommer", "END:VEVENT",
            "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270802", "RRULE:FREQ=YEARLY", "END:VEVENT",
            "BEGIN:VEVENT", "SUMMARY:ohne Beginn", "END:VEVENT"));

        Assert.Equal([(5, "DTSTART"), (10, "RRULE"), (12, "DTSTART")], file.Errors.Select(e => (e.Line!.Value, e.Field)));
        Assert.Contains("is no date", file.Errors[0].Rule);
        Assert.Contains("Recurring events are not supported", file.Errors[1].Rule);
        Assert.Equal("line[5].DTSTART", file.Errors[0].Key);
        Assert.Single(IcsHolidays.Read("Sommerferien;2027").Errors, e => e.Rule.Contains("BEGIN:VCALENDAR"));
    }

    [Fact]
    public void A_German_table_reads_with_its_own_headers_and_dates()
    {
        var file = CsvHolidays.Read("Bezeichnung;Von;Bis\nOsterferien 2027;22.03.2027;02.04.2027\nPfingstferien;2027-05-18;2027-05-28\nSommer;1.8.2027;kaputt\n");

        Assert.Equal([(2, new HolidayPeriod(new(2027, 3, 22), new(2027, 4, 2), "Osterferien 2027")),
            (3, new HolidayPeriod(new(2027, 5, 18), new(2027, 5, 28), "Pfingstferien")),
            (4, new HolidayPeriod(new(2027, 8, 1), null, "Sommer"))], file.Periods);
        var error = Assert.Single(file.Errors);
        Assert.Equal(("line[4].to", "'kaputt' is no date; write 2027-07-29 or 29.07.2027."), (error.Key, error.Rule));
    }

    [Fact]
    public void A_period_keeps_its_rules()
    {
        static IDictionary<string, string[]> Errors(HolidayPeriod period)
        {
            var validation = new ServiceDefaults.Http.RequestValidation();
            period.Validate(validation);
            return validation.Errors;
        }

        Assert.Empty(Errors(new(new(2027, 8, 2), new(2027, 9, 13), "Sommerferien")));
        Assert.Equal(["to"], Errors(new(new(2027, 8, 2), new(2027, 8, 1), "Sommerferien")).Keys);
        Assert.Equal(["to"], Errors(new(new(2027, 1, 1), new(2027, 12, 31), "Ganzes Jahr")).Keys);
        Assert.Equal(["from", "name"], Errors(new(null, new(2027, 8, 1), " ")).Keys.Order());
    }
}
