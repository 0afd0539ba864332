using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>The planning year through the API: the weeks ahead with a gap, per area and category, from needs' periods and holidays.</summary>
public sealed class HorizonTests(GapsHost host) : IClassFixture<GapsHost>
{
    [Fact]
    public async Task The_horizon_shows_a_holiday_gap_in_the_holiday_weeks_and_a_need_from_August_from_its_first_week_on()
    {
        // Three school children on Tuesdays 12:00–16:00 all year; two Kita children on Mondays 08:00–12:00 from Monday 16 August 2027.
        var tenant = await HortInTheHolidays.PublishAsync(host, children: 3, t => new NeedsReported(t, Guid.NewGuid(), null, 1, [new DemandItem(Guid.NewGuid(),
            "incoming", "kita", "a", 2, 1, Windows: [new DemandWindow(DayOfWeek.Monday, 8 * 60, 12 * 60, false)], From: new DateOnly(2027, 8, 16))], 0));
        var planner = host.Planner(tenant);
        Assert.Equal(HttpStatusCode.OK, (await planner.PostAsync("/api/gaps/school-holidays/import", HortInTheHolidays.AsCalendar(HortInTheHolidays.Calendar))).StatusCode);

        // Weeks 30 to 39 of 2027 (26 July – 3 October). The holidays run from Monday 2 August to Monday 13 September: the Tuesdays of
        // weeks 31 to 36 lie in them, and in week 37 the Hort is closed on the Monday only. The Kita need starts in week 33.
        // The Hort's weeks are of three kinds (ordinary: 30, 38, 39; holiday Tuesdays: 31–36; week 37), the Kita's of one (33–39).
        var horizon = await planner.GetFromJsonAsync<JsonElement>("/api/gaps/horizon?from=2027-W30&weeks=10");
        Assert.Equal(("2027-W30", "2027-W39", 10, 4), (horizon.GetProperty("from").GetString(), horizon.GetProperty("to").GetString(),
            horizon.GetProperty("weeks").GetInt32(), horizon.GetProperty("weekClasses").GetInt32()));
        var cells = horizon.GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("category").GetString()!);
        Assert.Equal(["hort", "kita"], cells.Keys.Order());

        Assert.Equal("2027-W31", cells["hort"].GetProperty("firstWeek").GetString());
        Assert.Equal(["2027-W31 time Di 12:00–16:00 3 12", "2027-W32 time Di 12:00–16:00 3 12", "2027-W33 time Di 12:00–16:00 3 12",
            "2027-W34 time Di 12:00–16:00 3 12", "2027-W35 time Di 12:00–16:00 3 12", "2027-W36 time Di 12:00–16:00 3 12"], Weeks(cells["hort"]));
        Assert.Equal("2027-W33", cells["kita"].GetProperty("firstWeek").GetString());
        Assert.Equal([.. Enumerable.Range(33, 7).Select(w => $"2027-W{w} content Mo 08:00–12:00 2 8")], Weeks(cells["kita"]));

        // The year view for Excel: weeks × categories, the person-hours left without care.
        var table = await planner.GetAsync("/api/gaps/horizon.csv?from=2027-W30&weeks=10&format=de");
        Assert.Equal("gaps-year-2027-W30-2027-W39.csv", table.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var rows = (await table.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Woche;Montag;hort;kita", "2027-W30;2027-07-26;0;0", "2027-W31;2027-08-02;12;0", "2027-W32;2027-08-09;12;0",
            "2027-W33;2027-08-16;12;8", "2027-W34;2027-08-23;12;8", "2027-W35;2027-08-30;12;8", "2027-W36;2027-09-06;12;8",
            "2027-W37;2027-09-13;0;8", "2027-W38;2027-09-20;0;8", "2027-W39;2027-09-27;0;8"], rows);
    }

    [Fact]
    public async Task The_Kita_year_runs_from_the_week_of_1_August_to_the_week_of_31_July()
    {
        var horizon = await host.Planner(Ags.Parse("09162000")).GetFromJsonAsync<JsonElement>("/api/gaps/horizon?kitaYear=2027");
        // 1 August 2027 is a Sunday (week 30), 31 July 2028 a Monday (week 31 of 2028).
        Assert.Equal(("2027-W30", "2028-W31", 54), (horizon.GetProperty("from").GetString(), horizon.GetProperty("to").GetString(), horizon.GetProperty("weeks").GetInt32()));
    }

    [Theory]
    [InlineData("weeks=0", "weeks")]
    [InlineData("weeks=105", "weeks")]
    [InlineData("from=2027-32", "from")]
    [InlineData("from=2027-W30&kitaYear=2027", "from")]
    [InlineData("kitaYear=1999", "kitaYear")]
    [InlineData("weeks=0&format=xls", "format")]
    public async Task A_horizon_the_rules_do_not_allow_is_refused_naming_the_parameter(string query, string field)
    {
        foreach (var path in new[] { "horizon", "horizon.csv" }.Where(p => field != "format" || p == "horizon.csv"))
        {
            var response = await host.Planner(Ags.Parse("09162000")).GetAsync($"/api/gaps/{path}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"{path}: {field}");
        }
    }

    private static List<string> Weeks(JsonElement cell) =>
        [.. cell.GetProperty("weeks").EnumerateArray().Select(w => string.Join(' ', w.GetProperty("week").GetString(), w.GetProperty("kind").GetString(),
            w.GetProperty("intervals").GetString(), w.GetProperty("estimatedPersons").GetDouble(), w.GetProperty("personHours").GetDouble()))];
}
