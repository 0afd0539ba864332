using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Offers;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>
/// An agreement's last day ends what it added on the day after: planned at once, so the weeks ahead show the end, and taken
/// by the scheduler on its day. Its own host: the tests move the clock.
/// </summary>
public sealed class AgreementEndTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    private PlannedChangesScheduler Scheduler => host.Services.GetServices<IHostedService>().OfType<PlannedChangesScheduler>().Single();

    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

    private Task Publish<T>(T message) where T : class => host.Services.GetRequiredService<IBus>().Publish(message);

    private async Task ApplyDueAfter(int days)
    {
        host.Clock.Advance(TimeSpan.FromDays(days));
        await Scheduler.ApplyDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_extension_with_a_last_day_gives_the_offer_back_as_it_was_on_the_day_after()
    {
        var tenant = NewTenant();
        var planner = host.Planner(tenant);
        var offerId = (await (await planner.PostAsJsonAsync("/api/offers", Offer(await Facility(planner), "Mo-Fr 08:00-16:00"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var agreement = Guid.NewGuid();
        var (from, until) = (Today.AddDays(10), Today.AddDays(19));

        await Publish(new CooperationAgreed(tenant.Value, agreement, "reservedPlaces", [Guid.NewGuid()], ["tagespflege:nord:capacity"],
            new CooperationTerms(offerId, null, "tagespflege", null, 3, "Mo-Fr 07:00-17:00", null, from, until, null)));

        var changes = (await Eventually(() => Get(planner, $"/api/offers/{offerId}"), o => o.GetProperty("plannedChanges").GetArrayLength() == 2, "start and end planned"))
            .GetProperty("plannedChanges").EnumerateArray().ToList();
        var planned = changes.Select(c => (DateOnly.Parse(c.GetProperty("effectiveFrom").GetString()!), c.GetProperty("details").GetProperty("openingHours").GetString(),
            c.GetProperty("details").GetProperty("places").GetInt32(), c.GetProperty("withdraws").GetBoolean())).ToList();
        Assert.Equal([(from, "Mo-Fr 07:00-17:00", 15, false), (until.AddDays(1), "Mo-Fr 08:00-16:00", 12, false)], planned);
        Assert.Equal(changes[1].GetProperty("id").GetGuid(), (await Get(planner, $"/api/cooperations/{agreement}")).GetProperty("endChangeId").GetGuid());

        await ApplyDueAfter(10);
        var extended = (await Get(planner, $"/api/offers/{offerId}")).GetProperty("offer");
        Assert.Equal(("Mo-Fr 07:00-17:00", 15), (extended.GetProperty("openingHours").GetString(), extended.GetProperty("places").GetInt32()));

        await ApplyDueAfter(10);
        var after = await Get(planner, $"/api/offers/{offerId}");
        Assert.Equal(("Mo-Fr 08:00-16:00", 12, "active"), (after.GetProperty("offer").GetProperty("openingHours").GetString(),
            after.GetProperty("offer").GetProperty("places").GetInt32(), after.GetProperty("offer").GetProperty("status").GetString()));
        Assert.Equal(0, after.GetProperty("plannedChanges").GetArrayLength());
    }

    /// <summary>The planned withdrawal is announced as a change to the withdrawn state (the gaps of later weeks go without the offer), and taken on its day.</summary>
    [Fact]
    public async Task A_new_offer_with_a_last_day_is_withdrawn_on_the_day_after_and_announced_so_at_once()
    {
        var tenant = NewTenant();
        var planner = host.Planner(tenant);
        var facility = await Facility(planner);
        var (plans, plansListener) = await host.ListenAsync<OfferChangePlanned>(tenant);
        var (effects, effectsListener) = await host.ListenAsync<OfferTookEffect>(tenant);
        var (from, until) = (Today.AddDays(5), Today.AddDays(30));

        await Publish(new CooperationAgreed(tenant.Value, Guid.NewGuid(), "holidayCare", [Guid.NewGuid()], ["ferienbetreuung:nord:capacity"],
            new CooperationTerms(null, facility, "ferienbetreuung", "Ferienbetreuung Beispiel AG", 20, "Mo-Fr 08:00-16:00", false, from, until, null)));

        var offer = (await Eventually(() => Get(planner, "/api/offers?status=Planned"), o => o.GetArrayLength() == 1, "the planned offer"))[0];
        var id = offer.GetProperty("id").GetGuid();
        var end = Assert.Single(offer.GetProperty("plannedChanges").EnumerateArray());
        Assert.Equal((until.AddDays(1), true), (DateOnly.Parse(end.GetProperty("effectiveFrom").GetString()!), end.GetProperty("withdraws").GetBoolean()));
        await Eventually(async () => JsonSerializer.SerializeToElement(plans.Count), n => n.GetInt32() == 1, "the planned withdrawal on the broker");
        Assert.Equal(("withdrawn", until.AddDays(1)), (plans.Single().Planned.Status, plans.Single().EffectiveFrom));

        await ApplyDueAfter(5);
        Assert.Equal("active", (await Get(planner, $"/api/offers/{id}")).GetProperty("offer").GetProperty("status").GetString());
        await ApplyDueAfter(26);
        var withdrawn = await Get(planner, $"/api/offers/{id}");
        Assert.Equal(("withdrawn", 0), (withdrawn.GetProperty("offer").GetProperty("status").GetString(), withdrawn.GetProperty("plannedChanges").GetArrayLength()));
        var history = (await Get(planner, $"/api/offers/{id}/history")).EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal(["registered", $"withdrawal planned from {until.AddDays(1):yyyy-MM-dd}", "took effect", "took effect"], history);

        await Eventually(async () => JsonSerializer.SerializeToElement(effects.Count), n => n.GetInt32() == 2, "both effects on the broker");
        Assert.Equal(["active", "withdrawn"], effects.Select(e => e.Offer.Status));
        Assert.Equal(end.GetProperty("id").GetGuid(), effects.Last().ChangeId);
        await plansListener.StopAsync();
        await effectsListener.StopAsync();
    }

    [Fact]
    public async Task Ending_an_agreement_before_it_starts_calls_off_its_start_and_its_end()
    {
        var tenant = NewTenant();
        var planner = host.Planner(tenant);
        var offerId = (await (await planner.PostAsJsonAsync("/api/offers", Offer(await Facility(planner), "Mo-Fr 08:00-16:00"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var agreement = Guid.NewGuid();
        await Publish(new CooperationAgreed(tenant.Value, agreement, "extendedHours", [Guid.NewGuid()], ["tagespflege:nord:time"],
            new CooperationTerms(offerId, null, "tagespflege", null, 0, "Mo-Fr 07:00-18:00", null, Today.AddDays(40), Today.AddDays(100), null)));
        await Eventually(() => Get(planner, $"/api/offers/{offerId}"), o => o.GetProperty("plannedChanges").GetArrayLength() == 2, "start and end planned");

        await Publish(new CooperationEnded(tenant.Value, agreement, Today));

        await Eventually(() => Get(planner, $"/api/offers/{offerId}"), o => o.GetProperty("plannedChanges").GetArrayLength() == 0, "both called off");
        await ApplyDueAfter(101);
        Assert.Equal("Mo-Fr 08:00-16:00", (await Get(planner, $"/api/offers/{offerId}")).GetProperty("offer").GetProperty("openingHours").GetString());
    }

    /// <summary>
    /// Reserved places (Belegplätze) are places of the offer like the others and the partners' staff's alone: the offer's state names
    /// them for the gap engine from the agreement's first day, a planner's change of the offer keeps them, and the end takes them back
    /// with the places.
    /// </summary>
    [Fact]
    public async Task Reserved_places_are_named_for_the_partners_from_the_first_day_kept_through_a_planners_change_and_gone_after_the_last()
    {
        var tenant = NewTenant();
        var planner = host.Planner(tenant);
        var facility = await Facility(planner);
        var offerId = (await (await planner.PostAsJsonAsync("/api/offers", Offer(facility, "Mo-Fr 08:00-16:00"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var (agreement, partner) = (Guid.NewGuid(), Guid.NewGuid());
        var (from, until) = (Today.AddDays(3), Today.AddDays(9));

        await Publish(new CooperationAgreed(tenant.Value, agreement, ReservedPlaces.Kind, [partner], ["tagespflege:nord:capacity"],
            new CooperationTerms(offerId, null, "tagespflege", null, 2, null, null, from, until, null), ["Beispiel AG"]));
        await Eventually(() => Get(planner, $"/api/offers/{offerId}"), o => o.GetProperty("plannedChanges").GetArrayLength() == 2, "start and end planned");

        await ApplyDueAfter(3);
        var reserved = (await Get(planner, $"/api/offers/{offerId}")).GetProperty("offer");
        Assert.Equal(14, reserved.GetProperty("places").GetInt32());
        var places = Assert.Single(reserved.GetProperty("reserved").EnumerateArray());
        Assert.Equal((agreement, partner, 2), (places.GetProperty("agreementId").GetGuid(), Assert.Single(places.GetProperty("partnerIds").EnumerateArray()).GetGuid(),
            places.GetProperty("places").GetInt32()));

        var changed = await planner.PutAsJsonAsync($"/api/offers/{offerId}", new
        {
            facilityId = facility, name = "Tagespflege", category = "tagespflege", places = 15, occupiedPlaces = 11, openingHours = "Mo-Fr 08:00-16:00",
        });
        changed.EnsureSuccessStatusCode();
        Assert.Equal(2, Assert.Single((await Get(planner, $"/api/offers/{offerId}")).GetProperty("offer").GetProperty("reserved").EnumerateArray())
            .GetProperty("places").GetInt32());

        await ApplyDueAfter(7);
        var after = (await Get(planner, $"/api/offers/{offerId}")).GetProperty("offer");
        Assert.Equal(12, after.GetProperty("places").GetInt32());
        Assert.True(after.GetProperty("reserved").ValueKind == JsonValueKind.Null);
    }
}
