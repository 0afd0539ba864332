using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Two waves of one survey asked the same six households: once the second is the current wave of the population, each household
/// counts once — the figures are the second wave's alone — and the waves can still be compared side by side.
/// </summary>
public sealed class SurveyWavesTests(GapsHost host) : IClassFixture<GapsHost>
{
    private const string Population = "Haushalte mit Zweitwohnsitz";

    private static readonly DemandWindow[] EarlyMonday = [new(DayOfWeek.Monday, 7 * 60, 11 * 60, false)];

    private static readonly DemandWindow[] LateMonday = [new(DayOfWeek.Monday, 8 * 60, 10 * 60, false)];

    /// <summary>
    /// Area a with one Kita, open Mondays 08:00–16:00 with 2 free places. Wave 1: six households need a Kita place for one child on Mondays
    /// 07:00–11:00; the first three also a Hort place Mondays 12:00–16:00, which no offer has. Wave 2: the same six households, the Kita
    /// place now Mondays 08:00–10:00 only, no Hort.
    /// </summary>
    private async Task<(Ags Tenant, Guid First, Guid Second)> TwoWavesAsync()
    {
        var tenant = Ags.Parse($"05{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        var kita = new OfferState("Kita am Markt", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "municipal", 49.45, 11.07),
            null, 10, 8, "Mo 08:00-16:00", [new WeeklyInterval(DayOfWeek.Monday, 8 * 60, 16 * 60)], [], false, false, ["de"], null, "active", null);
        var households = Enumerable.Range(0, 6).ToList();
        await host.PublishShuffledAsync(tenant, [
            new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)), new OfferRegistered(t, Guid.NewGuid(), 1, kita),
            .. households.Select(h => new NeedsReported(t, Guid.NewGuid(), first, 1, [
                Need("kita", EarlyMonday), .. h < 3 ? [Need("hort", [new DemandWindow(DayOfWeek.Monday, 12 * 60, 16 * 60, false)])] : Array.Empty<DemandItem>()])),
            .. households.Select(_ => new NeedsReported(t, Guid.NewGuid(), second, 1, [Need("kita", LateMonday)])),
        ]);
        return (tenant, first, second);
    }

    private static DemandItem Need(string category, DemandWindow[] windows) => new(Guid.NewGuid(), "incoming", category, "a", 1, 1, Windows: windows);

    [Fact]
    public async Task Two_waves_of_the_same_households_count_once_once_the_second_is_current()
    {
        var (tenant, first, second) = await TwoWavesAsync();
        var t = tenant.Value;

        // Both waves count while neither is a wave of a population: twelve children on Mondays 08:00–10:00 for two free places.
        await Until(async () => await Stored(tenant) == "hort:a:content Mo 12:00–16:00 3 12 3 | kita:a:capacity Mo 08:00–11:00 10 24 12 | kita:a:time Mo 07:00–08:00 6 6 6");

        await host.PublishShuffledAsync(tenant, [new SurveyWaveMadeCurrent(t, Population, first, [], 1, host.Clock.GetUtcNow())]);
        await host.PublishShuffledAsync(tenant, [new SurveyWaveMadeCurrent(t, Population, second, [first], 2, host.Clock.GetUtcNow())]);

        // Wave 2 alone: six children on Mondays 08:00–10:00 for two free places — 4 persons, 4 × 2 = 8 person-hours, six responses.
        const string secondAlone = "kita:a:capacity Mo 08:00–10:00 4 8 6";
        await Until(async () => await Stored(tenant) == secondAlone);
        Assert.Equal(secondAlone, await Analysed(tenant));
        var horizon = await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps/horizon?weeks=1");
        Assert.Equal("kita a capacity 4 8", string.Join(" | ", horizon.GetProperty("cells").EnumerateArray().SelectMany(c => c.GetProperty("weeks").EnumerateArray()
            .Select(w => $"{c.GetProperty("category").GetString()} {c.GetProperty("areaCode").GetString()} {w.GetProperty("kind").GetString()} {w.GetProperty("estimatedPersons").GetDouble()} {w.GetProperty("personHours").GetDouble()}"))));

        // The first marking, redelivered late, cannot make wave 1 count again; wave 1's demand stays held for comparing.
        await host.PublishShuffledAsync(tenant, [new SurveyWaveMadeCurrent(t, Population, first, [], 1, host.Clock.GetUtcNow())]);
        // Consumed means committed: wave 1 is still superseded under revision 2, and nothing was marked for recalculation.
        var wave = await host.InTenant(tenant, db => db.SurveyWaves.AsNoTracking().SingleAsync(w => w.SurveyId == first));
        Assert.Equal((true, 2L), (wave.Superseded, wave.Revision));
        Assert.False(await host.InTenant(tenant, db => db.Cells.AnyAsync(c => c.Dirty)));
        Assert.Equal(secondAlone, await Stored(tenant));
        Assert.Equal(9, await host.InTenant(tenant, db => db.Demand.CountAsync(d => d.SurveyId == first)));
    }

    [Fact]
    public async Task Two_waves_compare_side_by_side_with_their_verdict_and_a_small_cell_withheld()
    {
        var (tenant, first, second) = await TwoWavesAsync();
        await host.PublishShuffledAsync(tenant, [new SurveyWaveMadeCurrent(tenant.Value, Population, second, [first], 1, host.Clock.GetUtcNow())]);
        var planner = host.Planner(tenant);

        // Wave 1 alone: Mondays 07:00–08:00 six children and nothing open (a time gap: 6 persons, 6 person-hours), 08:00–11:00 six for two
        // free places (a capacity gap: 4 persons, 4 × 3 = 12 person-hours): 6 persons, 18 person-hours. Wave 2 alone: 4 persons, 8 person-hours
        // — shrank. The Hort need of three households in wave 1 rests on 3 responses: withheld, and so is its verdict.
        var comparison = await planner.GetFromJsonAsync<JsonElement>($"/api/gaps/waves?first={first}&second={second}");
        Assert.Equal((6, 6), (comparison.GetProperty("firstResponses").GetInt32(), comparison.GetProperty("secondResponses").GetInt32()));
        Assert.Equal(["hort a | withheld | 0 0 0 | withheld", "kita a | 6 18 6 | 4 8 6 | shrank"],
            comparison.GetProperty("cells").EnumerateArray().Select(c => string.Join(" | ", $"{c.GetProperty("category").GetString()} {c.GetProperty("areaCode").GetString()}",
                Side(c.GetProperty("first")), Side(c.GetProperty("second")), c.GetProperty("verdict").GetString())));

        var table = await planner.GetAsync($"/api/gaps/waves.csv?first={first}&second={second}&format=de");
        Assert.Equal([
            "Kategorie;Gebiet;Gebietsname;Welle 1: Personen;Welle 1: Personenstunden;Welle 1: Antworten;Welle 2: Personen;Welle 2: Personenstunden;Welle 2: Antworten;Ergebnis",
            "hort;a;A;;;;0;0;0;zurückgehalten", "kita;a;A;6;18;6;4;8;6;geschrumpft"],
            (await table.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        // Bad input is named; another municipality's survey is not found.
        var missing = await planner.GetAsync($"/api/gaps/waves?second={second}");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("first", out _));
        var itself = await planner.GetAsync($"/api/gaps/waves.csv?first={first}&second={first}&format=xls");
        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        var errors = (await itself.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("second", out _) && errors.TryGetProperty("format", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Planner(Ags.Parse("09162000")).GetAsync($"/api/gaps/waves?first={first}&second={second}")).StatusCode);
    }

    private static string Side(JsonElement wave) => wave.GetProperty("suppressed").GetBoolean()
        ? "withheld"
        : $"{wave.GetProperty("estimatedPersons").GetDouble()} {wave.GetProperty("personHours").GetDouble()} {wave.GetProperty("responses").GetInt32()}";

    /// <summary>The open gaps as stored: key, intervals, persons, person-hours and responses, in key order.</summary>
    private async Task<string> Stored(Ags tenant) =>
        string.Join(" | ", (await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps")).EnumerateArray().Select(Line).Order(StringComparer.Ordinal));

    private async Task<string> Analysed(Ags tenant) =>
        string.Join(" | ", (await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps/analysis")).GetProperty("gaps").EnumerateArray().Select(Line)
            .Order(StringComparer.Ordinal));

    private static string Line(JsonElement g) =>
        $"{g.GetProperty("key").GetString()} {g.GetProperty("intervals").GetString()} {g.GetProperty("estimatedPersons").GetDouble()} {g.GetProperty("personHours").GetDouble()} {g.GetProperty("responses").GetInt32()}";

    private static async Task Until(Func<Task<bool>> done, [CallerLineNumber] int line = 0)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Still waiting after 30 s (line {line})");
            await Task.Delay(200);
        }
    }
}
