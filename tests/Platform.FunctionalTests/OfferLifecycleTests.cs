using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.FunctionalTests;

/// <summary>An offer's life in the inventory: each step's event carries the whole state and the next version.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OfferLifecycleTests(PlatformFixture platform)
{
    [Fact]
    public async Task Register_change_plan_take_effect_and_withdraw_publish_versioned_whole_states_and_keep_history()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);
        var facility = await inventory.Facility("west");
        await using var registered = await platform.Probe<OfferRegistered>();
        await using var changed = await platform.Probe<OfferChanged>();
        await using var planned = await platform.Probe<OfferChangePlanned>();
        await using var tookEffect = await platform.Probe<OfferTookEffect>();
        await using var withdrawn = await platform.Probe<OfferWithdrawn>();

        var offer = await inventory.PostAsJsonAsync("/api/offers",
            Api.OfferBody(facility, places: 10, occupied: 4, openingHours: "Mo,Tu,We,Th,Fr 07:00-17:00; PH off")).Created<OfferView>();
        var first = (await registered.Next(e => e.OfferId == offer.Id)).Message;
        Assert.Equal((tenant.Value, 1, "Mo-Fr 07:00-17:00; PH off", "west", "active"),
            (first.TenantId, first.Version, first.Offer.OpeningHours, first.Offer.AreaCode, first.Offer.Status));
        Assert.True(first.Offer.ClosedOnPublicHolidays);
        Assert.Equal(5, first.Offer.OpenIntervals.Count);
        Assert.Equal(new WeeklyInterval(DayOfWeek.Monday, 7 * 60, 17 * 60), first.Offer.OpenIntervals[0]);

        (await inventory.PutAsJsonAsync($"/api/offers/{offer.Id}", Api.OfferBody(facility, places: 12, occupied: 4, openingHours: "Mo-Fr 07:00-17:00; PH off"))).EnsureSuccessStatusCode();
        var second = (await changed.Next(e => e.OfferId == offer.Id)).Message;
        Assert.Equal((2, 12), (second.Version, second.Offer.Places));

        // Saving the same again is no change: no event, no new version.
        var same = await inventory.PutAsJsonAsync($"/api/offers/{offer.Id}", Api.OfferBody(facility, places: 12, occupied: 4, openingHours: "Mo-Fr 07:00-17:00; PH off"));
        Assert.Equal(2, (await same.Content.ReadFromJsonAsync<OfferView>())!.Version);

        var effective = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60);
        var plan = new { facilityId = facility, name = "Gruppe Igel", category = "kita", places = 12, occupiedPlaces = 4, openingHours = "Mo-Fr 06:00-19:00; PH off", effectiveFrom = effective };
        var change = await inventory.PostAsJsonAsync($"/api/offers/{offer.Id}/planned-changes", plan).Created<JsonElement>();
        var third = (await planned.Next(e => e.OfferId == offer.Id)).Message;
        Assert.Equal((3, effective, "Mo-Fr 06:00-19:00; PH off"), (third.Version, third.EffectiveFrom, third.Planned.OpeningHours));
        var today = await inventory.GetFromJsonAsync<OfferView>($"/api/offers/{offer.Id}");
        Assert.Equal("Mo-Fr 07:00-17:00; PH off", today!.Offer.OpeningHours);

        var changeId = change.GetProperty("id").GetGuid();
        (await inventory.PostAsync($"/api/offers/{offer.Id}/planned-changes/{changeId}/take-effect", null)).EnsureSuccessStatusCode();
        var fourth = (await tookEffect.Next(e => e.OfferId == offer.Id)).Message;
        Assert.Equal((4, changeId, "Mo-Fr 06:00-19:00; PH off"), (fourth.Version, fourth.ChangeId, fourth.Offer.OpeningHours));

        Assert.Equal(HttpStatusCode.NoContent, (await inventory.DeleteAsync($"/api/offers/{offer.Id}")).StatusCode);
        Assert.Equal(5, ((await withdrawn.Next(e => e.OfferId == offer.Id)).Message).Version);
        Assert.Equal(HttpStatusCode.NotFound, (await inventory.PutAsJsonAsync($"/api/offers/{offer.Id}", Api.OfferBody(facility, 1, 0))).StatusCode);

        var history = await inventory.GetFromJsonAsync<List<JsonElement>>($"/api/offers/{offer.Id}/history");
        Assert.NotNull(history);
        Assert.Equal(["registered", "changed", $"change planned from {effective:yyyy-MM-dd}", "took effect", "withdrawn"],
            history.Select(h => h.GetProperty("action").GetString()!).ToList());
        var placesChange = history[1].GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(("places", "10", "12"), (placesChange.GetProperty("field").GetString(), placesChange.GetProperty("from").GetString(), placesChange.GetProperty("to").GetString()));
        Assert.All(history, h => Assert.Equal("dev-user", h.GetProperty("by").GetString()));
    }

    [Fact]
    public async Task A_planned_offer_serves_no_demand_until_it_opens()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);
        var facility = await inventory.Facility("ost");
        await platform.SurveysKnow(tenant, "ost");
        await platform.Client("surveys", tenant).PostAsJsonAsync("/api/responses", Api.NeedBody("ost", persons: 2)).Created<Response>();
        await using var registered = await platform.Probe<OfferRegistered>();

        var opens = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var offer = await inventory.PostAsJsonAsync("/api/offers",
            new { facilityId = facility, name = "Neue Gruppe", category = "kita", places = 20, occupiedPlaces = 0, openingHours = "Mo-Fr 07:00-17:00", effectiveFrom = opens }).Created<OfferView>();
        Assert.Equal("planned", offer.Offer.Status);
        Assert.Equal(opens, ((await registered.Next(e => e.OfferId == offer.Id)).Message).Offer.EffectiveFrom);

        // An active offer with one free place registered after it: were the planned one's 20 places
        // counted, there would be no gap at all; as it is, 2 persons meet 1 free place.
        await inventory.PostAsJsonAsync("/api/offers", Api.OfferBody(facility, places: 5, occupied: 4)).Created<OfferView>();
        var gaps = await Eventually.Get(() => platform.Client("gaps", tenant).List<Gap>("/api/gaps"),
            g => g.Count == 1 && g[0].Kind == "capacity", "the capacity gap");
        Assert.Equal(1.0, gaps[0].EstimatedPersons);
    }
}
