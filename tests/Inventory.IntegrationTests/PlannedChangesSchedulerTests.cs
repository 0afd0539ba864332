using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

public sealed class PlannedChangesSchedulerTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    private PlannedChangesScheduler Scheduler => host.Services.GetServices<IHostedService>().OfType<PlannedChangesScheduler>().Single();

    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Planned_offers_and_planned_changes_take_effect_on_their_day_for_every_tenant_and_not_before()
    {
        var a = host.Planner(NewTenant());
        var b = host.Planner(NewTenant());
        var facilityA = await Facility(a);
        var facilityB = await Facility(b);

        var plannedA = await (await a.PostAsJsonAsync("/api/offers", Offer(facilityA, "Mo-Fr 08:00-16:00", Today.AddDays(10)))).Content.ReadFromJsonAsync<JsonElement>();
        var plannedB = await (await b.PostAsJsonAsync("/api/offers", Offer(facilityB, "Mo-Fr 08:00-16:00", Today.AddDays(10)))).Content.ReadFromJsonAsync<JsonElement>();
        var active = await (await a.PostAsJsonAsync("/api/offers", Offer(facilityA, "Mo-Fr 08:00-16:00"))).Content.ReadFromJsonAsync<JsonElement>();
        var activeId = active.GetProperty("id").GetGuid();
        (await a.PostAsJsonAsync($"/api/offers/{activeId}/planned-changes", Offer(facilityA, "Mo-Sa 07:00-19:00", Today.AddDays(20)))).EnsureSuccessStatusCode();

        Assert.Equal(0, await Scheduler.ApplyDueAsync(CancellationToken.None));
        Assert.Equal("planned", (await Get(a, $"/api/offers/{plannedA.GetProperty("id")}")).GetProperty("offer").GetProperty("status").GetString());

        host.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(2, await Scheduler.ApplyDueAsync(CancellationToken.None));
        Assert.Equal("active", (await Get(a, $"/api/offers/{plannedA.GetProperty("id")}")).GetProperty("offer").GetProperty("status").GetString());
        Assert.Equal("active", (await Get(b, $"/api/offers/{plannedB.GetProperty("id")}")).GetProperty("offer").GetProperty("status").GetString());
        Assert.Equal("Mo-Fr 08:00-16:00", (await Get(a, $"/api/offers/{activeId}")).GetProperty("offer").GetProperty("openingHours").GetString());

        host.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(1, await Scheduler.ApplyDueAsync(CancellationToken.None));
        var changed = await Get(a, $"/api/offers/{activeId}");
        Assert.Equal("Mo-Sa 07:00-19:00", changed.GetProperty("offer").GetProperty("openingHours").GetString());
        Assert.Empty(changed.GetProperty("plannedChanges").EnumerateArray());

        var history = (await Get(a, $"/api/offers/{activeId}/history")).EnumerateArray().ToList();
        Assert.Equal(("took effect", OfferLifecycle.System), (history[^1].GetProperty("action").GetString(), history[^1].GetProperty("by").GetString()));
        Assert.Equal(0, await Scheduler.ApplyDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_cancelled_change_never_takes_effect()
    {
        var a = host.Planner(NewTenant());
        var facility = await Facility(a);
        var offer = await (await a.PostAsJsonAsync("/api/offers", Offer(facility, "Mo-Fr 08:00-16:00"))).Content.ReadFromJsonAsync<JsonElement>();
        var id = offer.GetProperty("id").GetGuid();
        var change = await (await a.PostAsJsonAsync($"/api/offers/{id}/planned-changes", Offer(facility, "Mo-Fr 06:00-16:00", Today.AddDays(3)))).Content.ReadFromJsonAsync<JsonElement>();
        (await a.DeleteAsync($"/api/offers/{id}/planned-changes/{change.GetProperty("id")}")).EnsureSuccessStatusCode();

        host.Clock.Advance(TimeSpan.FromDays(5));
        await Scheduler.ApplyDueAsync(CancellationToken.None);
        Assert.Equal("Mo-Fr 08:00-16:00", (await Get(a, $"/api/offers/{id}")).GetProperty("offer").GetProperty("openingHours").GetString());
    }
}
