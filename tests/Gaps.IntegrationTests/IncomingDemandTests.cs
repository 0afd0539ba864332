using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Households of municipality A (home in "wohnen") whose multilocal member works in area "gewerbe" of municipality B need a Kita place
/// near the workplace Mondays to Thursdays 08:00–16:00 and near home on Fridays. Through the broker, as Surveys announces them.
/// </summary>
public sealed class IncomingDemandTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static Ags NewTenant() => Ags.Parse($"05{Random.Shared.Next(0, 1_000_000):D6}");

    private static NeedsReported Household(Ags home, Ags work) => new(home.Value, Guid.NewGuid(), Guid.NewGuid(), 1,
    [
        new DemandItem(Guid.NewGuid(), "incoming", CareCategories.Kita, "wohnen", 1, 1, Windows:
        [
            .. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }
                .Select(day => new DemandWindow(day, 8 * 60, 16 * 60, false, CarePlaces.Workplace, "gewerbe")),
            new DemandWindow(DayOfWeek.Friday, 8 * 60, 16 * 60, false),
        ], WorkplaceAgs: work.Value),
    ]);

    private async Task<(Ags Home, Ags Work)> MunicipalitiesAsync()
    {
        var (home, work) = (NewTenant(), NewTenant());
        await host.PublishShuffledAsync(home, [new AreaDefined(home.Value, "wohnen", 1, new AreaState("Wohnen", 49.45, 11.07))]);
        await host.PublishShuffledAsync(work, [new AreaDefined(work.Value, "gewerbe", 1, new AreaState("Gewerbe", 49.45, 11.42))]);
        return (home, work);
    }

    private Task Consent(Ags tenant, bool consent) =>
        host.Steward(tenant).PutAsJsonAsync("/api/gaps/regional-consent", new { consent }).ContinueWith(r => r.Result.EnsureSuccessStatusCode());

    private async Task<string> Incoming(Ags tenant)
    {
        var view = await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps/incoming");
        return $"{view.GetProperty("consented").GetBoolean()}: " + string.Join(" | ", view.GetProperty("cells").EnumerateArray().Select(c =>
            $"{c.GetProperty("areaCode").GetString()} {c.GetProperty("category").GetString()} {c.GetProperty("intervals").GetString()} "
            + $"{c.GetProperty("estimatedPersons").GetDouble()} {c.GetProperty("personHours").GetDouble()} {c.GetProperty("responses").GetInt32()}"));
    }

    private async Task<string> Gaps(Ags tenant) => string.Join(" | ", (await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps"))
        .EnumerateArray().Select(g => $"{g.GetProperty("key").GetString()} {g.GetProperty("intervals").GetString()}"));

    private static async Task<string> Eventually(Func<Task<string>> read, string expected)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        var seen = await read();
        while (seen != expected && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
            seen = await read();
        }
        return seen;
    }

    [Fact]
    public async Task Need_at_a_workplace_in_a_consenting_neighbour_appears_there_from_five_responses_and_leaves_with_a_withdrawal()
    {
        var (home, work) = await MunicipalitiesAsync();
        await Consent(home, true);
        await Consent(work, true);
        var households = Enumerable.Range(0, 5).Select(_ => Household(home, work)).ToList();

        await host.PublishShuffledAsync(home, households[..4]);
        Assert.Equal("True: ", await Incoming(work)); // four responses: not shown

        // Five children Mo–Th 08:00–16:00: peak 5, 5 × 4 × 8 = 160 person-hours per week.
        await host.PublishShuffledAsync(home, [households[4]]);
        Assert.Equal("True: gewerbe kita Mo–Do 08:00–16:00 5 160 5", await Incoming(work));
        var table = (await host.Planner(work).GetStringAsync("/api/gaps/incoming.csv?format=de")).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Kategorie;Gebiet;Gebietsname;Wann;Personen;Personenstunden;Antworten", "kita;gewerbe;Gewerbe;Mo–Do 08:00–16:00;5;160;5"], table);
        // Home keeps its Fridays only, and the workplace's own gaps stay its residents' (it has none).
        Assert.Equal("kita:wohnen:content Fr 08:00–16:00", await Eventually(() => Gaps(home), "kita:wohnen:content Fr 08:00–16:00"));
        Assert.Equal("", await Gaps(work));

        await host.PublishShuffledAsync(home, [new NeedsWithdrawn(home.Value, households[0].ResponseId)]);
        Assert.Equal("True: ", await Incoming(work));
    }

    [Fact]
    public async Task Without_both_consents_nothing_flows()
    {
        var (home, work) = await MunicipalitiesAsync();
        await host.PublishShuffledAsync(home, [.. Enumerable.Range(0, 6).Select(_ => Household(home, work))]);

        await Consent(work, true);
        Assert.Equal("True: ", await Incoming(work)); // the households' municipality has not consented
        await Consent(home, true);
        Assert.Equal("True: gewerbe kita Mo–Do 08:00–16:00 6 192 6", await Incoming(work));
        await Consent(work, false);
        Assert.Equal("False: ", await Incoming(work));
    }
}
