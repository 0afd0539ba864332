using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Gaps.IntegrationTests;

/// <summary>
/// Through the real broker and database: an offer's places reserved for a partner's staff (from Inventory's offer state) serve the
/// households that named the partner as employer (from the survey's demand items), and the public gap is computed with the open
/// places only, naming the reserved ones apart.
/// </summary>
public sealed class ReservedPlacesTests(GapsHost host) : IClassFixture<GapsHost>
{
    [Fact]
    public async Task The_public_gap_shows_reserved_places_apart_and_is_not_closed_by_them()
    {
        var tenant = Ags.Parse($"08{Random.Shared.Next(0, 1_000_000):D6}");
        var t = tenant.Value;
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
        var partner = Guid.NewGuid();
        // A Kita of 10 places, 8 occupied, 2 of them reserved for the partner's staff: 2 free, both reserved, none open.
        var kita = new OfferState("Kita Regenbogen", "kita", null, "a", new FacilityState(Guid.NewGuid(), "Haus", "welfare", 49.45, 11.07),
            null, 10, 8, "Mo 07:00-17:00", [new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60)], [], false, false, ["de"], null, "active", null,
            Reserved: [new ReservedPlaces(Guid.NewGuid(), [partner], 2)]);
        // Three households of the partner's staff and two of the public, each one child Monday 08:00–10:00.
        var needs = Enumerable.Range(0, 5).Select(i => new NeedsReported(t, Guid.NewGuid(), Guid.NewGuid(), 1, [new DemandItem(Guid.NewGuid(), "incoming", "kita", "a", 1, 1,
            Windows: [new DemandWindow(DayOfWeek.Monday, 8 * 60, 10 * 60, false)], EmployerId: i < 3 ? partner : null)], 1));
        await host.PublishShuffledAsync(tenant, [new AreaDefined(t, "a", 1, new AreaState("A", 49.45, 11.07)), new OfferRegistered(t, Guid.NewGuid(), 1, kita), .. needs]);

        // The staff's 3 share the 2 reserved places: 1 person left, who joins the public's 2; no place is open to them: 3 persons.
        var planner = host.Planner(tenant);
        JsonElement? gap = null;
        for (var until = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < until; await Task.Delay(200))
        {
            gap = (await planner.GetFromJsonAsync<JsonElement>("/api/gaps")).EnumerateArray().FirstOrDefault(g => g.GetProperty("key").GetString() == "kita:a:capacity"
                && g.GetProperty("responses").GetInt32() == 5);
            if (gap is { ValueKind: JsonValueKind.Object }) break;
        }
        Assert.True(gap is { ValueKind: JsonValueKind.Object }, "the capacity gap on all five answers");
        Assert.Equal((3.0, 6.0, 2), (gap!.Value.GetProperty("estimatedPersons").GetDouble(), gap.Value.GetProperty("personHours").GetDouble(),
            gap.Value.GetProperty("reservedPlaces").GetInt32()));
        var analysed = Assert.Single((await planner.GetFromJsonAsync<JsonElement>("/api/gaps/analysis")).GetProperty("gaps").EnumerateArray());
        Assert.Equal(("kita:a:capacity", 3.0, 2), (analysed.GetProperty("key").GetString(), analysed.GetProperty("estimatedPersons").GetDouble(),
            analysed.GetProperty("reservedPlaces").GetInt32()));
    }
}
