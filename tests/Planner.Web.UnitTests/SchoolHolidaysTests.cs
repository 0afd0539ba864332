using System.Globalization;
using System.Net;
using System.Text;
using Bunit;
using GutAusgestattet.PlannerWeb.Forms;
using GutAusgestattet.PlannerWeb.SchoolHolidays;
using GutAusgestattet.PlannerWeb.ServiceClients;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace GutAusgestattet.PlannerWeb.UnitTests;

/// <summary>The school holidays' form and import as a German planner meets them, and Gaps' answers read as Gaps writes them.</summary>
public sealed class SchoolHolidaysTests : BunitContext
{
    private readonly (CultureInfo, CultureInfo) before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public SchoolHolidaysTests()
    {
        Services.AddLocalization();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
    }

    // The culture is the thread's: give it back, so no later test on this thread renders in German by chance.
    protected override void Dispose(bool disposing)
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        base.Dispose(disposing);
    }

    private static FormCollection Posted(string name, string from, string to) =>
        new(new Dictionary<string, StringValues> { ["name"] = name, ["from"] = from, ["to"] = to });

    [Fact]
    public void A_period_is_read_from_date_fields_or_German_writing_with_its_name_trimmed()
    {
        var period = HolidayForm.Read(Posted(" Herbstferien 2027 ", "2027-11-02", "5.11.2027")).ToPeriod(out var rules);

        Assert.Empty(rules);
        Assert.Equal(new HolidayPeriod(new DateOnly(2027, 11, 2), new DateOnly(2027, 11, 5), "Herbstferien 2027"), period);
    }

    [Fact]
    public void A_last_day_before_the_first_a_missing_name_and_an_unreadable_day_are_named_at_their_fields_in_field_order()
    {
        Assert.Null(HolidayForm.Read(Posted("Pfingstferien", "2027-05-28", "2027-05-18")).ToPeriod(out var order));
        Assert.Equal([new InputRule("to", "Holidays_OrderRule")], order);

        Assert.Null(HolidayForm.Read(Posted(" ", "Pfingsten", "")).ToPeriod(out var missing));
        Assert.Equal([new InputRule("name", "Holidays_NameRule"), new InputRule("from", "Offer_DateRule"), new InputRule("to", "Offer_DateRule")], missing);
    }

    [Theory]
    [InlineData("from", "from")]
    [InlineData("to", "to")]
    [InlineData("name", "name")]
    [InlineData("body", "name")]
    public void Gaps_refusal_lands_at_the_control_it_is_about(string field, string fieldId) => Assert.Equal(fieldId, HolidayForm.FieldIdOf(field));

    [Fact]
    public void A_period_held_is_shown_in_the_date_fields_and_counts_its_last_day()
    {
        var holiday = new SchoolHoliday(Guid.NewGuid(), new DateOnly(2027, 7, 29), new DateOnly(2027, 9, 9), "Sommerferien 2027");

        Assert.Equal(new HolidayForm("Sommerferien 2027", "2027-07-29", "2027-09-09"), HolidayForm.Of(holiday));
        Assert.Equal(43, holiday.Days);
    }

    [Theory]
    [InlineData("ferien-bayern-2027.ics", "text/calendar")]
    [InlineData("Ferien.ICS", "text/calendar")]
    [InlineData("ferien.csv", "text/csv")]
    [InlineData("ferien.txt", "text/csv")]
    [InlineData("ferien.xlsx", null)]
    public void An_uploaded_file_goes_to_Gaps_as_iCalendar_or_CSV_by_its_ending(string fileName, string? mediaType) =>
        Assert.Equal(mediaType, HolidayFiles.MediaTypeOf(fileName));

    [Fact]
    public void The_fields_show_what_was_typed_and_the_rule_in_German_at_the_field_it_is_about()
    {
        var fields = Render<HolidayFields>(p => p.Add(c => c.Form, new HolidayForm("Pfingstferien", "2027-05-28", "2027-05-18"))
            .Add(c => c.ErrorAt, id => id == "to" ? "Der letzte Tag darf nicht vor dem ersten liegen." : null));

        Assert.Equal(["Bezeichnung", "Erster Tag", "Letzter Tag"], fields.FindAll("label").Select(l => l.TextContent.Trim()));
        Assert.Equal(["date", "date"], fields.FindAll("input[type=date]").Select(i => i.GetAttribute("type")));
        Assert.Equal("2027-05-18", fields.Find("#to").GetAttribute("value"));
        Assert.Equal("true", fields.Find("#to").GetAttribute("aria-invalid"));
        Assert.Contains("to-error", fields.Find("#to").GetAttribute("aria-describedby"));
        Assert.Contains("nicht vor dem ersten", fields.Find("#to-error").TextContent);
        Assert.Null(fields.Find("#from").GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_refused_import_brings_its_report_with_each_period_and_each_error_by_line_and_field()
    {
        // As Gaps answers a file with an error: 400, the errors keyed by line and field, the report attached.
        var gaps = Client(HttpStatusCode.BadRequest, "application/problem+json", """
            {"title":"The file has 1 error(s); nothing was stored.","status":400,"errors":{"line[9].to":["The last day cannot lie before the first."]},
             "report":{"format":"ics","dryRun":true,"stored":false,
               "periods":[{"line":3,"from":"2027-05-18","to":"2027-05-28","name":"Pfingstferien 2027","outcome":"added"},
                          {"line":9,"from":"2027-08-02","to":"2027-07-29","name":"Sommerferien 2027","outcome":"changed"}],
               "errors":[{"line":9,"field":"to","rule":"The last day cannot lie before the first."}]}}
            """);

        var result = await gaps.ImportSchoolHolidaysAsync("BEGIN:VCALENDAR", "text/calendar", dryRun: true, CancellationToken.None);

        Assert.Equal(ServiceOutcome.Refused, result.Outcome);
        var report = result.Problem!.Attached<HolidayImportReport>("report")!;
        Assert.Equal(("ics", true, false), (report.Format, report.DryRun, report.Stored));
        Assert.Equal(new ImportedHoliday(3, new DateOnly(2027, 5, 18), new DateOnly(2027, 5, 28), "Pfingstferien 2027", "added"), report.Periods[0]);
        Assert.Equal((1, 1, 0), (report.Count("added"), report.Count("changed"), report.Count("unchanged")));
        var error = Assert.Single(report.Errors);
        Assert.Equal((9, "to"), (error.Line, error.Field));
    }

    [Fact]
    public async Task The_periods_are_read_as_Gaps_lists_them()
    {
        var gaps = Client(HttpStatusCode.OK, "application/json",
            """[{"id":"0193a6c0-0000-7000-8000-000000000001","from":"2027-10-30","to":"2027-11-05","name":"Herbstferien 2027"}]""");

        var held = await gaps.SchoolHolidaysAsync(CancellationToken.None);

        Assert.Equal([new SchoolHoliday(Guid.Parse("0193a6c0-0000-7000-8000-000000000001"), new DateOnly(2027, 10, 30), new DateOnly(2027, 11, 5), "Herbstferien 2027")], held.Value);
    }

    private static GapsClient Client(HttpStatusCode status, string mediaType, string body) =>
        new(new HttpClient(new Answering(status, mediaType, body)) { BaseAddress = new Uri("http://gaps") }, NullLogger<GapsClient>.Instance);

    private sealed class Answering(HttpStatusCode status, string mediaType, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }
}
