using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// The planners import the ministry's calendar of school holidays; a Hort with <c>SH off</c>, announced as the inventory
/// does, then leaves its children without care in the holiday weeks — and a correction or removal of the period is seen
/// by the next analysis.
/// </summary>
public sealed class SchoolHolidaysTests(GapsHost host) : IClassFixture<GapsHost>
{
    private async Task<List<string>> Gaps(Ags tenant, string week) =>
        [.. (await host.Planner(tenant).GetFromJsonAsync<JsonElement>($"/api/gaps/analysis?week={week}")).GetProperty("gaps").EnumerateArray()
            .Select(g => $"{g.GetProperty("kind").GetString()} {g.GetProperty("intervals").GetString()}")];

    [Fact]
    public async Task A_hort_closed_in_the_school_holidays_leaves_its_children_without_care_in_the_holiday_weeks_only()
    {
        var tenant = await HortInTheHolidays.PublishAsync(host, children: 5);
        var planner = host.Planner(tenant);

        // A dry run reports and stores nothing; the file then stores both periods.
        var dry = await (await planner.PostAsync("/api/gaps/school-holidays/import?dryRun=true", HortInTheHolidays.AsCalendar(HortInTheHolidays.Calendar))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["added", "added"], dry.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()));
        Assert.Empty(await planner.GetFromJsonAsync<JsonElement[]>("/api/gaps/school-holidays") ?? []);
        Assert.Equal(HttpStatusCode.OK, (await planner.PostAsync("/api/gaps/school-holidays/import", HortInTheHolidays.AsCalendar(HortInTheHolidays.Calendar))).StatusCode);
        var held = await planner.GetFromJsonAsync<JsonElement[]>("/api/gaps/school-holidays");
        Assert.Equal(["2027-08-02 2027-09-13 Sommerferien 2027", "2027-11-02 2027-11-05 Herbstferien 2027"],
            held!.Select(h => $"{h.GetProperty("from").GetString()} {h.GetProperty("to").GetString()} {h.GetProperty("name").GetString()}"));
        // The same file again changes nothing.
        var again = await (await planner.PostAsync("/api/gaps/school-holidays/import", HortInTheHolidays.AsCalendar(HortInTheHolidays.Calendar))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["unchanged", "unchanged"], again.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()));

        // 2027-W32 (2–8 August) lies in the summer holidays, 2027-W38 (20–26 September) after them.
        Assert.Equal(["time Di 12:00–16:00"], await Gaps(tenant, "2027-W32"));
        Assert.Empty(await Gaps(tenant, "2027-W38"));

        // The planner corrects the summer holidays to end on 1 August: week 32 is an ordinary week then.
        var summerId = held![0].GetProperty("id").GetString();
        var corrected = await planner.PutAsJsonAsync($"/api/gaps/school-holidays/{summerId}", new { from = "2027-07-01", to = "2027-08-01", name = "Sommerferien 2027" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Empty(await Gaps(tenant, "2027-W32"));
        // The autumn holidays' Tuesday, 2 November, until they are removed.
        Assert.Equal(["time Di 12:00–16:00"], await Gaps(tenant, "2027-W44"));
        Assert.Equal(HttpStatusCode.NoContent, (await planner.DeleteAsync($"/api/gaps/school-holidays/{held[1].GetProperty("id").GetString()}")).StatusCode);
        Assert.Empty(await Gaps(tenant, "2027-W44"));
    }

    [Fact]
    public async Task A_file_with_an_error_stores_nothing_and_names_line_and_field_and_a_bad_period_is_refused_at_its_field()
    {
        var tenant = Ags.Parse($"09{Random.Shared.Next(0, 1_000_000):D6}");
        var planner = host.Planner(tenant);

        var broken = HortInTheHolidays.Calendar.Replace("DTSTART;VALUE=DATE:20271102", "DTSTART;VALUE=DATE:2027-11-02");
        var refused = await planner.PostAsync("/api/gaps/school-holidays/import", HortInTheHolidays.AsCalendar(broken));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["line[12].DTSTART"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Empty(await planner.GetFromJsonAsync<JsonElement[]>("/api/gaps/school-holidays") ?? []);

        var csv = await planner.PostAsync("/api/gaps/school-holidays/import", new StringContent("von;bis;bezeichnung\n22.03.2027;02.04.2027;Osterferien\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType,
            (await planner.PostAsync("/api/gaps/school-holidays/import", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);

        var backwards = await planner.PostAsJsonAsync("/api/gaps/school-holidays", new { from = "2027-08-02", to = "2027-08-01", name = "Sommer" });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(["to"], (await backwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(HttpStatusCode.Created, (await planner.PostAsJsonAsync("/api/gaps/school-holidays", new { from = "2027-05-18", to = "2027-05-28", name = "Pfingstferien" })).StatusCode);
        Assert.Equal(2, (await planner.GetFromJsonAsync<JsonElement[]>("/api/gaps/school-holidays"))!.Length);
        // Another municipality sees none of them.
        Assert.Empty(await host.Planner(Ags.Parse("09162000")).GetFromJsonAsync<JsonElement[]>("/api/gaps/school-holidays") ?? []);
    }
}
