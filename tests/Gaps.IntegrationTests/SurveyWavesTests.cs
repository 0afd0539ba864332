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
        await Task.Delay(1000);
        Assert.Equal(secondAlone, await Stored(tenant));
        Assert.Equal(9, await host.InTenant(tenant, db => db.Demand.CountAsync(d => d.SurveyId == first)));
    }

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
