using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static GutAusgestattet.Inventory.IntegrationTests.InventorySteps;

namespace GutAusgestattet.Inventory.IntegrationTests;

/// <summary>Agreements with partners become planned changes of the inventory, and their end withdraws what has not taken effect.</summary>
public sealed class CooperationTests(InventoryHost host) : IClassFixture<InventoryHost>
{
    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

    private Task Publish<T>(T message) where T : class => host.Services.GetRequiredService<IBus>().Publish(message);

    [Fact]
    public async Task An_agreement_to_extend_an_offer_becomes_its_planned_change_once_and_ending_it_cancels_the_change()
    {
        var tenant = NewTenant();
        var planner = host.Planner(tenant);
        var offer = await (await planner.PostAsJsonAsync("/api/offers", Offer(await Facility(planner), "Mo-Fr 08:00-16:00"))).Content.ReadFromJsonAsync<JsonElement>();
        var offerId = offer.GetProperty("id").GetGuid();
        var agreement = Guid.NewGuid();
        var agreed = new CooperationAgreed(tenant.Value, agreement, "extendedHours", [Guid.NewGuid()], ["tagespflege:nord:time"],
            new CooperationTerms(offerId, null, "tagespflege", null, 2, "Mo-Fr 07:00-18:00", true, Today.AddDays(30), null, "Firma Beispiel GmbH"));

        await Publish(agreed);
        var planned = await Eventually(() => Get(planner, $"/api/offers/{offerId}"), o => o.GetProperty("plannedChanges").GetArrayLength() == 1, "the planned change");
        var change = planned.GetProperty("plannedChanges")[0];
        Assert.Equal(Today.AddDays(30), DateOnly.Parse(change.GetProperty("effectiveFrom").GetString()!));
        Assert.Equal(("Mo-Fr 07:00-18:00", 14), (change.GetProperty("details").GetProperty("openingHours").GetString(), change.GetProperty("details").GetProperty("places").GetInt32()));
        var history = (await Get(planner, $"/api/offers/{offerId}/history")).EnumerateArray().ToList();
        Assert.Equal($"cooperation {agreement}", history[^1].GetProperty("by").GetString());
        var cooperation = await Get(planner, $"/api/cooperations/{agreement}");
        Assert.Equal((offerId, change.GetProperty("id").GetGuid()), (cooperation.GetProperty("offerId").GetGuid(), cooperation.GetProperty("plannedChangeId").GetGuid()));

        await Publish(agreed); // redelivered or repeated: still one change
        await Publish(new CooperationEnded(tenant.Value, agreement, Today));
        await Eventually(() => Get(planner, $"/api/offers/{offerId}"), o => o.GetProperty("plannedChanges").GetArrayLength() == 0, "the change to be cancelled");
        Assert.Equal("Mo-Fr 08:00-16:00", (await Get(planner, $"/api/offers/{offerId}")).GetProperty("offer").GetProperty("openingHours").GetString());
    }

    [Fact]
    public async Task An_agreement_for_company_childcare_becomes_a_planned_offer_and_its_end_withdraws_it()
    {
        var tenant = NewTenant();
        var planner = host.Planner(tenant);
        var facility = await Facility(planner);
        var agreement = Guid.NewGuid();
        await Publish(new CooperationAgreed(tenant.Value, agreement, "companyChildcare", [Guid.NewGuid()], ["krippe:nord:capacity"],
            new CooperationTerms(null, facility, "krippe", "Betriebskrippe Beispiel", 12, "Mo-Fr 06:30-18:00", false, Today.AddDays(60), null, null)));

        var offers = await Eventually(() => Get(planner, "/api/offers?status=Planned"), o => o.GetArrayLength() == 1, "the planned offer");
        var id = offers[0].GetProperty("id").GetGuid();
        Assert.Equal(("Betriebskrippe Beispiel", 12), (offers[0].GetProperty("offer").GetProperty("name").GetString(), offers[0].GetProperty("offer").GetProperty("places").GetInt32()));

        var cooperation = await Get(planner, $"/api/cooperations/{agreement}");
        Assert.Equal((id, JsonValueKind.Null), (cooperation.GetProperty("offerId").GetGuid(), cooperation.GetProperty("plannedChangeId").ValueKind));

        await Publish(new CooperationEnded(tenant.Value, agreement, Today));
        await Eventually(() => Get(planner, $"/api/offers/{id}"), o => o.GetProperty("offer").GetProperty("status").GetString() == "withdrawn", "the planned offer to be withdrawn");
        Assert.True((await Get(planner, $"/api/cooperations/{agreement}")).GetProperty("ended").GetBoolean());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await planner.GetAsync($"/api/cooperations/{Guid.NewGuid()}")).StatusCode);
    }

    /// <summary>
    /// The offer an agreement extends was withdrawn before the agreement arrived: nothing of the terms is applied, and the rejection,
    /// with its reason, leaves through the outbox to the broker. Terms the inventory cannot read are rejected the same way.
    /// </summary>
    [Fact]
    public async Task Terms_naming_an_offer_withdrawn_meanwhile_are_rejected_whole_and_the_rejection_is_published()
    {
        var tenant = NewTenant();
        var planner = host.Planner(tenant);
        var facility = await Facility(planner);
        var offerId = (await (await planner.PostAsJsonAsync("/api/offers", Offer(facility, "Mo-Fr 08:00-16:00"))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        Assert.True((await planner.DeleteAsync($"/api/offers/{offerId}")).IsSuccessStatusCode);
        var historyBefore = (await Get(planner, $"/api/offers/{offerId}/history")).GetArrayLength();
        var (rejections, listener) = await host.ListenAsync<AgreementTermsRejected>(tenant);
        var (withdrawn, unreadable) = (Guid.NewGuid(), Guid.NewGuid());

        await Publish(new CooperationAgreed(tenant.Value, withdrawn, "extendedHours", [Guid.NewGuid()], ["kita:nord:time"],
            new CooperationTerms(offerId, null, "kita", null, 2, "Mo-Fr 07:00-18:00", null, Today.AddDays(30), null, null)));
        await Publish(new CooperationAgreed(tenant.Value, unreadable, "companyChildcare", [Guid.NewGuid()], ["krippe:nord:capacity"],
            new CooperationTerms(null, facility, "krippe", "Betriebskrippe", 12, "werktags früh", false, Today.AddDays(30), null, null)));

        var until = DateTime.UtcNow.AddSeconds(20);
        while (rejections.Count < 2 && DateTime.UtcNow < until) await Task.Delay(200);
        await listener.StopAsync();
        var byAgreement = rejections.ToDictionary(r => r.AgreementId);
        Assert.Equal((TermsRejectionReasons.OfferWithdrawn, (Guid?)offerId), (byAgreement[withdrawn].Reason, byAgreement[withdrawn].OfferId));
        Assert.Contains(offerId.ToString(), byAgreement[withdrawn].Detail);
        Assert.Equal((TermsRejectionReasons.InvalidTerms, (Guid?)null), (byAgreement[unreadable].Reason, byAgreement[unreadable].OfferId));
        Assert.StartsWith("openingHours:", byAgreement[unreadable].Detail);

        var offer = await Get(planner, $"/api/offers/{offerId}");
        Assert.Equal((0, "withdrawn"), (offer.GetProperty("plannedChanges").GetArrayLength(), offer.GetProperty("offer").GetProperty("status").GetString()));
        Assert.Equal(historyBefore, (await Get(planner, $"/api/offers/{offerId}/history")).GetArrayLength());
        Assert.Equal(0, (await Get(planner, "/api/offers?status=Planned")).GetArrayLength());
        foreach (var agreement in new[] { withdrawn, unreadable })
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await planner.GetAsync($"/api/cooperations/{agreement}")).StatusCode);
    }
}
