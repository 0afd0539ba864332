using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The gap engine in the running platform: time and feature gaps, history, other weeks and the planned state.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GapsTests(PlatformFixture platform)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static object Kita(Guid facility, string hours, DateOnly? effectiveFrom = null, bool shortTerm = false) => new
    {
        facilityId = facility, name = "Kita Sonnenschein", category = "kita", places = 10, occupiedPlaces = 0, openingHours = hours,
        takesShortTermPlacements = shortTerm, effectiveFrom,
        closures = new[] { new { from = "2027-08-02", to = "2027-08-20", reason = "Sommerschließung" } },
    };

    private static async Task<List<JsonElement>> Analysis(HttpClient gaps, string query = "") =>
        (await gaps.GetFromJsonAsync<JsonElement>($"/api/gaps/analysis{query}")).GetProperty("gaps").EnumerateArray().ToList();

    private static string Describe(JsonElement gap) =>
        $"{gap.GetProperty("kind").GetString()} {gap.GetProperty("intervals").GetString()} {gap.GetProperty("estimatedPersons").GetDouble()} {gap.GetProperty("personHours").GetDouble()}";

    [Fact]
    public async Task A_need_before_opening_time_is_a_time_gap_that_a_planned_change_closes_and_a_closure_week_widens()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);
        var gaps = platform.Client("gaps", tenant);
        await platform.LearnAreas(tenant, "mitte");
        var facility = await inventory.Facility("mitte");
        var offer = await inventory.PostAsJsonAsync("/api/offers", Kita(facility, "Mo-Fr 07:00-17:00")).Created<JsonElement>();
        var offerId = offer.GetProperty("id").GetGuid();
        var survey = await platform.PublishedSurvey(tenant);

        await using var detected = await platform.Probe<GapDetected>();
        var monday = new[] { new { day = "monday", from = "06:00", to = "08:00", overnight = false } };
        await platform.App.CreateHttpClient("surveys").SendAsync(Submit(survey, Answer(area: "mitte", category: "kita", windows: monday, from: null, until: null))).Created<JsonElement>();

        // One child needs Monday 06:00–08:00 and a temporary place: the Kita opens at 07:00 and takes no short-term placements.
        var time = await detected.Next(m => m.TenantId == tenant.Value && m.GapKey == "kita:mitte:time");
        // One response: withheld, its count and the confidence derived from it too.
        Assert.Equal((true, (int?)null, (double?)null, (double?)null, (string?)null),
            (time.Message.Gap.Withheld, time.Message.Gap.Responses, time.Message.Gap.Confidence, time.Message.Gap.EstimatedPersons, time.Message.Gap.Intervals));
        var own = await Eventually.Get(() => gaps.List<JsonElement>("/api/gaps"), g => g.Count == 2, "the time and the feature gap");
        Assert.Equal(["feature Mo 06:00–08:00 1 2", "time Mo 06:00–07:00 1 1"], own.Select(Describe).Order());
        Assert.Equal(50, own.Single(g => g.GetProperty("kind").GetString() == "time").GetProperty("severity").GetDouble()); // 1 of 2 person-hours
        var id = own[0].GetProperty("id").GetGuid();
        Assert.Equal("GapDetected", Assert.Single(await gaps.List<JsonElement>($"/api/gaps/{id}/history")).GetProperty("event").GetString());
        // Since a moment before the answer both are new; since a moment after, nothing; a moment without its offset is refused by name.
        var sinceYesterday = await gaps.List<JsonElement>($"/api/gaps/changes?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))}");
        Assert.Equal(["GapDetected kita:mitte:feature", "GapDetected kita:mitte:time"],
            sinceYesterday.Select(c => $"{c.GetProperty("event").GetString()} {c.GetProperty("key").GetString()}").Order());
        Assert.Empty(await gaps.List<JsonElement>($"/api/gaps/changes?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}"));
        var unzoned = await gaps.GetAsync("/api/gaps/changes?since=2026-12-01T08:00:00");
        Assert.Equal(HttpStatusCode.BadRequest, unzoned.StatusCode);
        Assert.Contains("since", (await unzoned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        // The summary counts them all and lists the newest asked for; the counts per category and kind are the list's.
        var summary = await gaps.GetFromJsonAsync<JsonElement>($"/api/gaps/changes/summary?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))}&newest=1");
        Assert.Equal((2, 0, 0), (summary.GetProperty("detected").GetInt32(), summary.GetProperty("changed").GetInt32(), summary.GetProperty("resolved").GetInt32()));
        Assert.Equal(sinceYesterday[0].GetProperty("key").GetString(), Assert.Single(summary.GetProperty("newest").EnumerateArray()).GetProperty("key").GetString());
        var tooMany = await gaps.GetAsync($"/api/gaps/changes/summary?since={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}&newest=500");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("newest", (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var measuredAgainst = Assert.Single(await gaps.List<JsonElement>($"/api/gaps/{id}/offers"));
        Assert.Equal((offerId, true), (measuredAgainst.GetProperty("offerId").GetGuid(), measuredAgainst.GetProperty("inArea").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, (await gaps.GetAsync($"/api/gaps/{Guid.NewGuid()}/offers")).StatusCode);
        Assert.Equal(["kita feature 1", "kita time 1"], (await gaps.List<JsonElement>("/api/gaps/counts"))
            .Select(c => $"{c.GetProperty("category").GetString()} {c.GetProperty("kind").GetString()} {c.GetProperty("open").GetInt32()}").Order());

        // What if it opened at 06:00 and took short-term placements? Both gaps close; nothing is stored.
        var whatIf = await (await gaps.PostAsJsonAsync("/api/gaps/what-if", new
        {
            changes = new[] { new { offerId, takesShortTermPlacements = true, hours = new[] { new { day = "monday", from = "06:00", to = "17:00" } } } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["closes", "closes"], whatIf.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("outcome").GetString()));
        Assert.Equal((1.0, 1.0), (whatIf.GetProperty("personsCovered").GetDouble(), whatIf.GetProperty("personHoursCovered").GetDouble()));
        Assert.Equal(2, (await gaps.List<JsonElement>("/api/gaps")).Count);
        await Problem(await gaps.PostAsJsonAsync("/api/gaps/what-if", new { changes = new[] { new { offerId = Guid.NewGuid() } } }), HttpStatusCode.BadRequest);

        // In the summer closure the Kita is closed: the whole need is a time gap.
        var summer = await Analysis(gaps, "?week=2027-W32");
        Assert.Contains("time Mo 06:00–08:00 1 2", summer.Select(Describe));

        // Planned: from next month it opens at 06:00 and takes short-term placements — by then no gap is left.
        var effective = Today.AddDays(30);
        (await inventory.PostAsJsonAsync($"/api/offers/{offerId}/planned-changes", Kita(facility, "Mo-Fr 06:00-17:00", effective, shortTerm: true)))
            .EnsureSuccessStatusCode();
        await Eventually.Get(() => Analysis(gaps, $"?plannedBy={effective:yyyy-MM-dd}"), g => g.Count == 0, "the planned state to close both gaps");
        Assert.Equal(2, (await Analysis(gaps, $"?plannedBy={effective.AddDays(-1):yyyy-MM-dd}")).Count);
        Assert.Equal(2, (await Analysis(gaps)).Count); // today's offers are unchanged
        Assert.Equal(2, (await gaps.List<JsonElement>("/api/gaps")).Count);

        var other = platform.Client("gaps", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/gaps/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/gaps/{id}/history")).StatusCode);
        Assert.Empty(await Analysis(other));
    }

    [Fact]
    public async Task Serving_distances_default_per_category_and_bad_ones_are_refused_naming_the_category()
    {
        var gaps = platform.Client("gaps", PlatformFixture.NewTenant());
        var defaults = await gaps.GetFromJsonAsync<Dictionary<string, double>>("/api/gaps/serving-distances");
        Assert.Equal((2.0, 25.0), (defaults!["kita"], defaults["kurzzeitpflege"]));

        var problem = await Problem(await gaps.PutAsJsonAsync("/api/gaps/serving-distances", new Dictionary<string, double> { ["kita"] = 0, ["schwimmbad"] = 3 }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("kita", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("schwimmbad", out _));

        var set = await gaps.PutAsJsonAsync("/api/gaps/serving-distances", new Dictionary<string, double> { ["kita"] = 3.5 });
        Assert.Equal(3.5, (await set.Content.ReadFromJsonAsync<Dictionary<string, double>>())!["kita"]);
        Assert.Equal(2.0, (await platform.Client("gaps", PlatformFixture.NewTenant()).GetFromJsonAsync<Dictionary<string, double>>("/api/gaps/serving-distances"))!["kita"]);
    }
}
