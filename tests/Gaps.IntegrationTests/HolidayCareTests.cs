using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Holiday care through the broker: a household's holiday-care need becomes a gap in the school holidays the planners imported
/// from the ministry's calendar — in the current week's lifecycle and in exactly the holiday weeks of the horizon — and a
/// holiday-care offer closes it. The clock stands in the summer holidays of 2027 (Wednesday 4 August, week 31).
/// </summary>
public sealed class HolidayCareTests(GapsHost host) : IClassFixture<GapsHost>
{
    [Fact]
    public async Task School_holidays_imported_from_an_ics_file_create_a_holiday_care_gap_that_a_holiday_offer_closes()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 8, 4, 9, 0, 0, TimeSpan.Zero));
        // Two children Mo–Fr 08:00–16:00 from Monday 26 July to Friday 20 August 2027, beside the Hort that closes in the holidays.
        var tenant = await HortInTheHolidays.PublishAsync(host, children: 0, t => new NeedsReported(t, Guid.NewGuid(), null, 1, [new DemandItem(Guid.NewGuid(),
            "outgoing", "ferienbetreuung", "a", 2, 1, Windows: [.. Enumerable.Range(1, 5).Select(d => new DemandWindow((DayOfWeek)d, 8 * 60, 16 * 60, false))],
            From: new DateOnly(2027, 7, 26), Until: new DateOnly(2027, 8, 20))], 0));
        var planner = host.Planner(tenant);

        // Without school holidays holiday care is needed nowhere, and the horizon says why.
        Assert.Empty(await HolidayWeeksAsync(planner));
        Assert.Equal(0, (await planner.GetFromJsonAsync<JsonElement>("/api/gaps/horizon?from=2027-W30&weeks=5")).GetProperty("schoolHolidayDays").GetInt32());
        Assert.Empty(await OpenGapsAsync(tenant));

        Assert.Equal(HttpStatusCode.OK, (await planner.PostAsync("/api/gaps/school-holidays/import", HortInTheHolidays.AsCalendar(HortInTheHolidays.Calendar))).StatusCode);
        // 2 August – 29 August (the end of week 34) are 28 school-holiday days of the horizon.
        Assert.Equal(28, (await planner.GetFromJsonAsync<JsonElement>("/api/gaps/horizon?from=2027-W30&weeks=5")).GetProperty("schoolHolidayDays").GetInt32());
        // Weeks 30 to 34: week 30 (26 July – 1 August) is before the holidays, 31–33 lie in them, week 34 is after the period.
        // Each holiday week: 2 children × 5 days × 8 hours = 80 person-hours.
        Assert.Equal([.. Enumerable.Range(31, 3).Select(w => $"2027-W{w} content Mo–Fr 08:00–16:00 2 80")], await HolidayWeeksAsync(planner));
        Assert.Equal(["content Mo–Fr 08:00–16:00"], await WhenAsync(() => OpenGapsAsync(tenant), gaps => gaps.Count > 0));

        var hours = Enumerable.Range(1, 5).Select(d => new WeeklyInterval((DayOfWeek)d, 7 * 60 + 30, 17 * 60)).ToList();
        var holidayCare = new OfferState("Ferienprogramm am Markt", "ferienbetreuung", null, "a", new FacilityState(Guid.NewGuid(), "Jugendhaus", "municipal", 49.45, 11.07),
            null, 20, 0, "Mo-Fr 07:30-17:00", hours, [], false, false, ["de"], null, "active", null);
        await host.PublishShuffledAsync(tenant, [new OfferRegistered(tenant.Value, Guid.NewGuid(), 1, holidayCare)]);

        Assert.Empty(await HolidayWeeksAsync(planner));
        Assert.Empty(await WhenAsync(() => OpenGapsAsync(tenant), gaps => gaps.Count == 0));
    }

    private static async Task<List<string>> HolidayWeeksAsync(HttpClient planner)
    {
        var horizon = await planner.GetFromJsonAsync<JsonElement>("/api/gaps/horizon?from=2027-W30&weeks=5&category=ferienbetreuung");
        return [.. horizon.GetProperty("cells").EnumerateArray().SelectMany(c => c.GetProperty("weeks").EnumerateArray()).Select(w => string.Join(' ',
            w.GetProperty("week").GetString(), w.GetProperty("kind").GetString(), w.GetProperty("intervals").GetString(),
            w.GetProperty("estimatedPersons").GetDouble(), w.GetProperty("personHours").GetDouble()))];
    }

    /// <summary>The lifecycle's open holiday-care gaps of the current week.</summary>
    private Task<List<string>> OpenGapsAsync(Ags tenant) =>
        host.InTenant(tenant, async db => (await db.Gaps.Where(g => g.Open && g.Category == "ferienbetreuung").ToListAsync())
            .Select(g => $"{g.Kind.ToString().ToLowerInvariant()} {g.Intervals}").ToList());

    /// <summary>What <paramref name="observe"/> sees once <paramref name="done"/> holds: the refresh runs after the events' commit.</summary>
    private static async Task<T> WhenAsync<T>(Func<Task<T>> observe, Func<T, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        var seen = await observe();
        while (!done(seen) && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            seen = await observe();
        }
        return seen;
    }
}
