using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static GutAusgestattet.FunctionalTests.Partnering;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>Suggestions for a real gap and the outreach pipeline, in the running platform.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OutreachTests(PlatformFixture platform)
{
    private static Task<JsonElement> Suggestions(HttpClient partners, string gap) =>
        partners.GetFromJsonAsync<JsonElement>($"/api/outreach/gaps/{gap}/suggestions")!;

    [Fact]
    public async Task The_nearby_company_with_many_Incomings_ranks_first_with_its_reasons_and_suggestions_vanish_when_the_gap_closes()
    {
        var tenant = PlatformFixture.NewTenant();
        var gap = await platform.RealGap(tenant); // the area's centre is 49.45, 11.07
        var partners = platform.Client("partners", tenant);
        var near = await partners.Register(Company("Nah Logistik", 49.452, 11.072, incomings: 60));
        await partners.Register(Company("Schule am Rand", 49.52, 11.07, incomings: 2, sector: "85")); // ≈ 8 km
        await partners.Register(Company("Fern Werke", 48.14, 11.58, incomings: 300)); // München

        var ranked = (await Suggestions(partners, gap)).GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(["Nah Logistik", "Schule am Rand"], ranked.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(near, ranked[0].GetProperty("partnerId").GetGuid());
        Assert.Equal(["nearness", "employees"], ranked[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("factor").GetString()));
        Assert.Contains("60 Incomings", ranked[0].GetProperty("reasons")[1].GetProperty("text").GetString());
        Assert.Contains("sector", ranked[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("factor").GetString()));

        // A partner's change shows at once: the school now employs many Incomings next door.
        var schoolId = ranked[1].GetProperty("partnerId").GetGuid();
        (await partners.PutAsJsonAsync($"/api/partners/{schoolId}", Company("Schule am Rand", 49.4505, 11.0705, incomings: 200, sector: "85"))).EnsureSuccessStatusCode();
        Assert.Equal("Schule am Rand", (await Suggestions(partners, gap)).GetProperty("suggestions")[0].GetProperty("name").GetString());

        // A Kita opens in the area at the hours needed: the gap resolves and its suggestions vanish.
        var inventory = platform.Client("inventory", tenant);
        var facility = await inventory.PostAsJsonAsync("/api/facilities", new { name = "Kita Mitte", operatorType = "Municipal", latitude = 49.45, longitude = 11.07, areaCode = "mitte" })
            .Created<JsonElement>();
        (await inventory.PostAsJsonAsync("/api/offers", new
        {
            facilityId = facility.GetProperty("id").GetGuid(), name = "Gruppe Igel", category = "kita", places = 20, occupiedPlaces = 0,
            openingHours = "Mo-Fr 06:00-18:00", takesShortTermPlacements = true, languages = new[] { "de", "pl" },
        })).EnsureSuccessStatusCode();
        var resolved = await Eventually.Get(() => Suggestions(partners, gap), s => !s.GetProperty("open").GetBoolean(), "the gap to resolve");
        Assert.Empty(resolved.GetProperty("suggestions").EnumerateArray());

        var other = platform.Client("partners", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/outreach/gaps/{gap}/suggestions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/outreach/gaps/{gap}")).StatusCode);
    }

    [Fact]
    public async Task The_pipeline_moves_stage_by_stage_refuses_impossible_steps_and_shows_due_steps_and_the_funnel()
    {
        var tenant = PlatformFixture.NewTenant();
        var gap = await platform.RealGap(tenant);
        var partners = platform.Client("partners", tenant);
        var first = await partners.Register(Company("Nah Logistik", 49.452, 11.072, incomings: 60));
        var second = await partners.Register(Company("Zweite GmbH", 49.46, 11.08, incomings: 10));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var outreach = await partners.PostAsJsonAsync("/api/outreach",
            new { partnerId = first, gapKeys = new[] { gap }, owner = "k.meier", nextDue = today.AddDays(3) }).Created<JsonElement>();
        var id = outreach.GetProperty("id").GetGuid();
        Assert.Equal("identified", outreach.GetProperty("stage").GetString());
        await Problem(await partners.PostAsJsonAsync("/api/outreach", new { partnerId = first, gapKeys = new[] { gap }, owner = "k.meier" }), HttpStatusCode.Conflict);
        await Problem(await partners.PostAsJsonAsync("/api/outreach", new { partnerId = first, gapKeys = new[] { "kita:nirgends:content" }, owner = "k.meier" }), HttpStatusCode.BadRequest);

        // Agreed before contacted: 409 naming the stage and what may follow.
        var refused = await Problem(await partners.PostAsJsonAsync($"/api/outreach/{id}/steps", new { stage = "agreed", owner = "k.meier" }), HttpStatusCode.Conflict);
        Assert.Equal("identified", refused.GetProperty("currentStage").GetString());
        Assert.Equal(["contacted", "declined", "paused"], refused.GetProperty("allowedNextSteps").EnumerateArray().Select(s => s.GetString()));

        async Task<JsonElement> Step(Guid outreachId, object body) =>
            await (await partners.PostAsJsonAsync($"/api/outreach/{outreachId}/steps", body)).Content.ReadFromJsonAsync<JsonElement>();
        await Step(id, new { stage = "contacted", owner = "k.meier", note = "Erstgespräch vereinbart", nextDue = today.AddDays(7), nextOwner = "s.huber" });
        await Step(id, new { stage = "paused", owner = "s.huber", note = "Betriebsferien" });
        var afterPause = await Problem(await partners.PostAsJsonAsync($"/api/outreach/{id}/steps", new { stage = "inTalks", owner = "s.huber" }), HttpStatusCode.Conflict);
        Assert.Equal(("paused", "reopen"), (afterPause.GetProperty("currentStage").GetString(), afterPause.GetProperty("allowedNextSteps")[0].GetString()));
        var reopened = await (await partners.PostAsJsonAsync($"/api/outreach/{id}/reopen", new { owner = "s.huber", nextDue = today.AddDays(1) })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("contacted", reopened.GetProperty("stage").GetString());
        await Step(id, new { stage = "inTalks", owner = "s.huber", nextDue = today.AddDays(14) });
        var agreed = await Step(id, new { stage = "agreed", owner = "s.huber", note = "Zehn Belegplätze ab März" });
        Assert.Equal(["identified", "contacted", "paused", "contacted", "inTalks", "agreed"],
            agreed.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("to").GetString()));
        Assert.Empty(agreed.GetProperty("allowedNextSteps").EnumerateArray());

        // A declined outreach takes no step without a reopen.
        var other = await partners.PostAsJsonAsync("/api/outreach",
            new { partnerId = second, gapKeys = new[] { gap }, owner = "s.huber", on = today.AddDays(-5), nextDue = today.AddDays(-1) }).Created<JsonElement>();
        var otherId = other.GetProperty("id").GetGuid();
        var due = await partners.List<JsonElement>("/api/outreach/due?owner=s.huber");
        var overdue = Assert.Single(due);
        Assert.Equal((otherId, true), (overdue.GetProperty("outreachId").GetGuid(), overdue.GetProperty("overdue").GetBoolean()));
        Assert.Empty(await partners.List<JsonElement>("/api/outreach/due?owner=k.meier"));
        await Step(otherId, new { stage = "declined", owner = "s.huber", note = "Kein Bedarf" });
        var afterDecline = await Problem(await partners.PostAsJsonAsync($"/api/outreach/{otherId}/steps", new { stage = "contacted", owner = "s.huber" }), HttpStatusCode.Conflict);
        Assert.Equal("declined", afterDecline.GetProperty("currentStage").GetString());

        var funnel = await partners.GetFromJsonAsync<JsonElement>("/api/outreach/funnel");
        Assert.Equal((2, 1, 1), (funnel.GetProperty("total").GetInt32(), funnel.GetProperty("current").GetProperty("agreed").GetInt32(),
            funnel.GetProperty("current").GetProperty("declined").GetInt32()));
        Assert.Equal(0.5, funnel.GetProperty("conversions").EnumerateArray().Last().GetProperty("rate").GetDouble());

        // An earlier agreement speaks for the partner in the next ranking.
        var reasons = (await Suggestions(partners, gap)).GetProperty("suggestions")[0].GetProperty("reasons").EnumerateArray();
        Assert.Contains("cooperation", reasons.Select(r => r.GetProperty("factor").GetString()));

        var stranger = platform.Client("partners", PlatformFixture.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/outreach/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/outreach/{id}/steps", new { stage = "contacted", owner = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/outreach/{otherId}/reopen", new { owner = "x" })).StatusCode);
        await Problem(await stranger.PostAsJsonAsync("/api/outreach", new { partnerId = first, gapKeys = new[] { gap }, owner = "x" }), HttpStatusCode.BadRequest);
        Assert.Empty(await stranger.List<JsonElement>("/api/outreach"));
        Assert.Empty(await stranger.List<JsonElement>("/api/outreach/due"));
        Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonElement>("/api/outreach/funnel")).GetProperty("total").GetInt32());
    }
}
