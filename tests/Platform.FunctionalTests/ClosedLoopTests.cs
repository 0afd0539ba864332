using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
using static GutAusgestattet.FunctionalTests.Partnering;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The whole measure, every step through the public APIs and RabbitMQ: a survey shows a gap, a company
/// is won in outreach, the agreement plans a change of the offer, and the gap closes when it takes effect.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ClosedLoopTests(PlatformFixture platform)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A Kita in <paramref name="area"/> (at the centre <see cref="Surveying.LearnAreas"/> gives it) open Mo–Fr 07:00–17:00.</summary>
    private static async Task<Guid> Kita(HttpClient inventory, string area)
    {
        var facility = await inventory.PostAsJsonAsync("/api/facilities",
            new { name = "Kita Sonnenschein", operatorType = "Municipal", latitude = 49.45, longitude = 11.07, areaCode = area }).Created<JsonElement>();
        var offer = await inventory.PostAsJsonAsync("/api/offers", Api.OfferBody(facility.GetProperty("id").GetGuid(), places: 10, occupied: 0)).Created<JsonElement>();
        return offer.GetProperty("id").GetGuid();
    }

    private static object Agreement(string kind, Guid partner, string gapKey, object terms, Guid? outreachId = null) =>
        new { kind, partnerIds = new[] { partner }, gapKeys = new[] { gapKey }, terms, outreachId };

    private static async Task<JsonElement> PlannedChange(HttpClient inventory, Guid offerId, string what) =>
        (await Eventually.Get(() => inventory.GetFromJsonAsync<JsonElement>($"/api/offers/{offerId}"), o => o.GetProperty("plannedChanges").GetArrayLength() == 1, what))
            .GetProperty("plannedChanges")[0];

    private static DateOnly Day(JsonElement value) => DateOnly.Parse(value.GetString()!);

    private static async Task<List<string>> GapKeys(HttpClient gaps, DateOnly? plannedBy = null) =>
        (await gaps.GetFromJsonAsync<JsonElement>(plannedBy is { } day ? $"/api/gaps/analysis?plannedBy={day:yyyy-MM-dd}" : "/api/gaps/analysis"))
            .GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("key").GetString()!).ToList();

    [Fact]
    public async Task A_time_gap_from_a_survey_is_closed_by_a_company_won_in_outreach_whose_agreement_extends_the_Kita_hours()
    {
        var tenant = PlatformFixture.NewTenant();
        const string timeGap = "kita:mitte:time";
        var inventory = platform.Client("inventory", tenant);
        var gaps = platform.Client("gaps", tenant);
        var partners = platform.Client("partners", tenant);
        await platform.LearnAreas(tenant, "mitte");
        var offerId = await Kita(inventory, "mitte");
        var survey = await platform.PublishedSurvey(tenant);

        // A household needs care on Mondays from 06:00; the Kita opens at 07:00.
        await using (var detected = await platform.Probe<GapDetected>())
        {
            var monday = new[] { new { day = "monday", from = "06:00", to = "08:00", overnight = false } };
            await platform.App.CreateHttpClient("surveys").SendAsync(Submit(survey, Answer(area: "mitte", category: "kita", windows: monday, from: null, until: null))).Created<JsonElement>();
            await detected.Next(m => m.TenantId == tenant.Value && m.GapKey == timeGap);
        }

        // Partners learns the gap on its own time; then a company with a site in the area is registered and suggested for it.
        await Eventually.Get(() => partners.List<JsonElement>("/api/outreach/gaps"), g => g.Any(x => x.GetProperty("gapKey").GetString() == timeGap),
            "Partners to learn the time gap from GapDetected");
        var company = await partners.Register(Company("Nah Logistik", 49.452, 11.072, incomings: 60));
        await Eventually.Get(() => partners.GetFromJsonAsync<JsonElement>($"/api/outreach/gaps/{timeGap}/suggestions"),
            s => s.GetProperty("suggestions").EnumerateArray().Any(x => x.GetProperty("partnerId").GetGuid() == company), "the company to be suggested for the time gap");

        // Outreach: identified → contacted → in talks → agreed.
        var outreach = (await partners.PostAsJsonAsync("/api/outreach", new { partnerId = company, gapKeys = new[] { timeGap }, owner = "k.meier" }).Created<JsonElement>())
            .GetProperty("id").GetGuid();
        foreach (var stage in new[] { "contacted", "inTalks", "agreed" })
            (await partners.PostAsJsonAsync($"/api/outreach/{outreach}/steps", new { stage, owner = "k.meier" })).EnsureSuccessStatusCode();

        // The agreement: from next week the Kita opens at 06:00, the company sharing the cost.
        var from = Today.AddDays(7);
        await partners.OfferKnown(offerId);
        JsonElement agreement;
        await using (var agreed = await platform.Probe<CooperationAgreed>())
        {
            agreement = await partners.PostAsJsonAsync("/api/agreements", Agreement("extendedHours", company, timeGap,
                new { offerId, category = "kita", openingHours = "Mo-Fr 06:00-17:00", from, funding = "50 % Nah Logistik" }, outreach)).Created<JsonElement>();
            var announced = await agreed.Next(m => m.TenantId == tenant.Value && m.AgreementId == agreement.GetProperty("id").GetGuid());
            Assert.Equal((offerId, "Mo-Fr 06:00-17:00", from), (announced.Message.Terms.OfferId, announced.Message.Terms.OpeningHours, announced.Message.Terms.From));
            Assert.Equal(tenant.Value, announced.Tenant);
        }
        Assert.Equal("active", agreement.GetProperty("status").GetString());
        Assert.Equal(agreement.GetProperty("id").GetGuid(), (await partners.GetFromJsonAsync<JsonElement>($"/api/outreach/{outreach}")).GetProperty("agreementId").GetGuid());

        // Inventory plans the change; the planned state has no time gap, today's still has.
        var change = await PlannedChange(inventory, offerId, "Inventory to plan the agreed change");
        Assert.Equal((from, "Mo-Fr 06:00-17:00"), (Day(change.GetProperty("effectiveFrom")), change.GetProperty("details").GetProperty("openingHours").GetString()));
        await Eventually.Get(() => GapKeys(gaps, from), keys => !keys.Contains(timeGap), "the planned state to close the time gap");
        Assert.Contains(timeGap, await GapKeys(gaps));

        // The adaptation starts earlier than planned: the gap resolves.
        await using var resolved = await platform.Probe<GapResolved>();
        (await inventory.PostAsync($"/api/offers/{offerId}/planned-changes/{change.GetProperty("id").GetGuid()}/take-effect", null)).EnsureSuccessStatusCode();
        await resolved.Next(m => m.TenantId == tenant.Value && m.GapKey == timeGap, TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(timeGap, await GapKeys(gaps));
    }

    [Fact]
    public async Task Ending_an_agreement_announces_CooperationEnded_withdraws_the_planned_change_and_cannot_happen_twice()
    {
        var tenant = PlatformFixture.NewTenant();
        var gap = await platform.RealGap(tenant);
        var partners = platform.Client("partners", tenant);
        var inventory = platform.Client("inventory", tenant);
        var company = await partners.Register(Company("Nah Logistik", 49.452, 11.072, incomings: 60));
        // Outreach starts on open gaps only, and the Kita registered below closes this one.
        var outreach = (await partners.PostAsJsonAsync("/api/outreach", new { partnerId = company, gapKeys = new[] { gap }, owner = "k.meier" }).Created<JsonElement>())
            .GetProperty("id").GetGuid();
        var offerId = await Kita(inventory, "mitte");
        await partners.OfferKnown(offerId);
        var terms = new { offerId, category = "kita", addedPlaces = 5, from = Today.AddDays(7) };

        // Refused, nothing stored: an unknown gap, a period ending before it starts, an outreach not yet agreed.
        var unknown = await Problem(await partners.PostAsJsonAsync("/api/agreements",
            new { kind = "reservedPlaces", partnerIds = new[] { company }, gapKeys = new[] { gap, "kita:nirgends:time" }, terms }), HttpStatusCode.BadRequest);
        Assert.Equal(["gapKeys[1]"], unknown.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var period = await Problem(await partners.PostAsJsonAsync("/api/agreements",
            Agreement("reservedPlaces", company, gap, new { offerId, category = "kita", from = Today.AddDays(7), until = Today })), HttpStatusCode.BadRequest);
        Assert.True(period.GetProperty("errors").TryGetProperty("terms.until", out _));
        var early = await Problem(await partners.PostAsJsonAsync("/api/agreements", Agreement("reservedPlaces", company, gap, terms, outreach)), HttpStatusCode.Conflict);
        Assert.Equal("identified", early.GetProperty("currentStage").GetString());
        Assert.Empty(await partners.List<JsonElement>("/api/agreements"));

        var agreement = await partners.PostAsJsonAsync("/api/agreements", Agreement("reservedPlaces", company, gap, terms)).Created<JsonElement>();
        var id = agreement.GetProperty("id").GetGuid();
        var change = await PlannedChange(inventory, offerId, "Inventory to plan the reserved places");
        Assert.Equal(15, change.GetProperty("details").GetProperty("places").GetInt32());

        await using var ended = await platform.Probe<CooperationEnded>();
        var end = await partners.PostAsync($"/api/agreements/{id}/end", null).Created<JsonElement>();
        Assert.Equal(("ended", Today), (end.GetProperty("status").GetString(), Day(end.GetProperty("endedOn"))));
        Assert.Equal(Today, (await ended.Next(m => m.TenantId == tenant.Value && m.AgreementId == id)).Message.EndedOn);
        await Eventually.Get(() => inventory.GetFromJsonAsync<JsonElement>($"/api/offers/{offerId}"),
            o => o.GetProperty("plannedChanges").GetArrayLength() == 0, "Inventory to withdraw the planned change");

        await Problem(await partners.PostAsync($"/api/agreements/{id}/end", null), HttpStatusCode.Conflict);
        await ended.ExpectNone(m => m.AgreementId == id);
        Assert.Equal("ended", (await partners.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}")).GetProperty("status").GetString());

        var other = platform.Client("partners", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/agreements/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/agreements/{id}/end", null)).StatusCode);
        Assert.Empty(await other.List<JsonElement>("/api/agreements"));
        var foreignGap = await Problem(await other.PostAsJsonAsync("/api/agreements", Agreement("reservedPlaces", company, gap, terms)), HttpStatusCode.BadRequest);
        Assert.Equal(["gapKeys[0]", "partnerIds[0]", "terms.offerId"], foreignGap.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    /// <summary>Partners leaves the opening hours to Inventory, which cannot read these: the terms are rejected whole, and the agreement says so.</summary>
    [Fact]
    public async Task Terms_the_inventory_cannot_apply_are_rejected_whole_and_the_agreement_shows_the_reason()
    {
        var tenant = PlatformFixture.NewTenant();
        var gap = await platform.RealGap(tenant);
        var partners = platform.Client("partners", tenant);
        var inventory = platform.Client("inventory", tenant);
        var company = await partners.Register(Company("Nah Logistik", 49.452, 11.072, incomings: 60));
        var offerId = await Kita(inventory, "mitte");
        await partners.OfferKnown(offerId);

        await using var rejected = await platform.Probe<AgreementTermsRejected>();
        var id = (await partners.PostAsJsonAsync("/api/agreements", Agreement("extendedHours", company, gap,
            new { offerId, category = "kita", addedPlaces = 2, openingHours = "werktags früh", from = Today.AddDays(7) })).Created<JsonElement>()).GetProperty("id").GetGuid();

        var rejection = (await rejected.Next(m => m.TenantId == tenant.Value && m.AgreementId == id)).Message;
        Assert.Equal((TermsRejectionReasons.InvalidTerms, (Guid?)offerId), (rejection.Reason, rejection.OfferId));
        var agreement = await Eventually.Get(() => partners.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}"),
            a => a.GetProperty("status").GetString() == "rejected", "Partners to take the rejection in");
        Assert.Equal(rejection.Detail, agreement.GetProperty("rejection").GetProperty("detail").GetString());
        Assert.Equal(0, (await inventory.GetFromJsonAsync<JsonElement>($"/api/offers/{offerId}")).GetProperty("plannedChanges").GetArrayLength());
        await Problem(await partners.PostAsync($"/api/agreements/{id}/end", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_agreement_naming_another_municipalitys_offer_is_refused_naming_terms_offerId()
    {
        var tenant = PlatformFixture.NewTenant();
        var gap = await platform.RealGap(tenant);
        var partners = platform.Client("partners", tenant);
        var company = await partners.Register(Company("Nah Logistik", 49.452, 11.072, incomings: 60));
        var own = await Kita(platform.Client("inventory", tenant), "mitte");
        // The other municipality's offer is known to Partners there, so the refusal is not merely its event still on the way.
        var elsewhere = PlatformFixture.NewTenant();
        await platform.LearnAreas(elsewhere, "mitte");
        var foreign = await Kita(platform.Client("inventory", elsewhere), "mitte");
        await platform.Client("partners", elsewhere).OfferKnown(foreign);
        await partners.OfferKnown(own);

        var refused = await Problem(await partners.PostAsJsonAsync("/api/agreements",
            Agreement("reservedPlaces", company, gap, new { offerId = foreign, category = "kita", addedPlaces = 5, from = Today.AddDays(7) })), HttpStatusCode.BadRequest);
        var errors = refused.GetProperty("errors");
        Assert.Equal(["terms.offerId"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("not an offer of the municipality (or not yet known here: try again in a moment)", errors.GetProperty("terms.offerId")[0].GetString());
        Assert.Empty(await partners.List<JsonElement>("/api/agreements"));

        await partners.PostAsJsonAsync("/api/agreements",
            Agreement("reservedPlaces", company, gap, new { offerId = own, category = "kita", addedPlaces = 5, from = Today.AddDays(7) })).Created<JsonElement>();
    }
}
