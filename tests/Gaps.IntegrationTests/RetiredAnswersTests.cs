using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Once answers pass their survey's retention period (<see cref="AnswersRetired"/>), their demand stays only within
/// totals: no row names them, the figures stay, and neither a replayed report nor a withdrawal changes anything.
/// </summary>
public sealed class RetiredAnswersTests(GapsHost host) : IClassFixture<GapsHost>
{
    private static readonly Guid Survey = Guid.NewGuid();

    private static NeedsReported Need(string tenant, Guid response, int persons, int fromHour, int toHour) =>
        new(tenant, response, Survey, 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "a", persons, 2,
            Windows: [new DemandWindow(DayOfWeek.Monday, fromHour * 60, toHour * 60, false)], PreferredLanguages: ["de"])], 1);

    /// <summary>The figures of the live analysis, the count of responses included (a total says how many it stands for).</summary>
    private async Task<string> Figures(Ags tenant)
    {
        var analysis = await host.Planner(tenant).GetFromJsonAsync<JsonElement>("/api/gaps/analysis");
        return string.Join("; ", analysis.GetProperty("gaps").EnumerateArray().Select(g =>
            $"{g.GetProperty("kind").GetString()} {g.GetProperty("areaCode").GetString()} {g.GetProperty("intervals").GetString()} {g.GetProperty("estimatedPersons").GetDouble()} {g.GetProperty("personHours").GetDouble()} {g.GetProperty("responses").GetInt32()}"));
    }

    private Task<List<(Guid Response, int Persons)>> Demand(Ags tenant) =>
        host.InTenant(tenant, async db => (await db.Demand.Select(d => new { d.ResponseId, d.Persons }).ToListAsync())
            .Select(d => (d.ResponseId, d.Persons)).ToList());

    [Fact]
    public async Task Retired_answers_are_held_only_within_totals_with_the_same_figures_and_cannot_come_back()
    {
        var tenant = Ags.Parse($"07{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        Guid r1 = Guid.NewGuid(), r2 = Guid.NewGuid(), r3 = Guid.NewGuid(), kept = Guid.NewGuid();
        var monday = new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60);
        var reports = new[] { Need(t, r1, 2, 6, 9), Need(t, r2, 1, 6, 9), Need(t, r3, 1, 6, 8) };
        await host.PublishShuffledAsync(tenant, [
            new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)),
            new OfferRegistered(t, Guid.NewGuid(), 1, new OfferState("Kita", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "municipal", 49.45, 11.07),
                null, 2, 0, "Mo 07:00-17:00", [monday], [], false, false, ["de"], null, "active", null)),
            .. reports, Need(t, kept, 1, 8, 10),
        ]);
        var before = await Figures(tenant);
        Assert.NotEqual("", before);

        await host.PublishShuffledAsync(tenant, [new AnswersRetired(t, Survey, [r1, r2, r3])]);

        // r1 and r2 are alike but for their persons: one total of 3; r3 needs other hours: a total of its own.
        var demand = await Demand(tenant);
        Assert.DoesNotContain(demand, d => d.Response == r1 || d.Response == r2 || d.Response == r3);
        Assert.Equal([1, 1, 3], demand.Select(d => d.Persons).Order());
        Assert.Contains(demand, d => d.Response == kept);
        Assert.Equal(before, await Figures(tenant));

        // A replayed report of a retired answer, and a withdrawal, change nothing the totals hold.
        await host.PublishShuffledAsync(tenant, [.. reports]);
        await host.PublishShuffledAsync(tenant, [new NeedsWithdrawn(t, r2)]);
        Assert.Equal(demand.Order(), (await Demand(tenant)).Order());
        Assert.Equal(before, await Figures(tenant));
        Assert.True(await host.InTenant(tenant, db => db.Responses.Where(r => r.ResponseId == r1 || r.ResponseId == r2 || r.ResponseId == r3).AllAsync(r => r.Retired)));
    }
}
