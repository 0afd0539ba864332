using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;

namespace GutAusgestattet.FunctionalTests;

/// <summary>Another municipality's objects answer exactly like missing ones, on every endpoint.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TenantIsolationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Tenant_B_cannot_read_change_or_delete_tenant_A_objects_on_any_endpoint()
    {
        var a = PlatformFixture.NewTenant();
        var b = PlatformFixture.NewTenant();
        var facility = await platform.Client("inventory", a).Facility("mitte");
        var offer = await platform.Client("inventory", a).PostAsJsonAsync("/api/offers", Api.OfferBody(facility, 4, 4)).Created<OfferView>();
        var plannedChange = (await platform.Client("inventory", a).PostAsJsonAsync($"/api/offers/{offer.Id}/planned-changes",
            new { facilityId = facility, name = "Gruppe Igel", category = "kita", places = 8, occupiedPlaces = 4, openingHours = "Mo-Fr 07:00-17:00", effectiveFrom = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30) })
            .Created<JsonElement>()).GetProperty("id").GetGuid();
        await platform.SurveysKnow(a, "mitte");
        var response = await platform.Client("surveys", a).PostAsJsonAsync("/api/responses", Api.NeedBody("mitte", 2)).Created<Response>();
        var gap = (await Eventually.Get(() => platform.Client("gaps", a).List<Gap>("/api/gaps"), g => g.Count == 1, "tenant A's gap"))[0];
        await Eventually.Get(() => platform.Client("partners", a).List<OutreachGap>("/api/outreach/gaps"), g => g.Count == 1, "tenant A's outreach gap");

        var inventory = platform.Client("inventory", b);
        var surveys = platform.Client("surveys", b);
        var gaps = platform.Client("gaps", b);
        var partners = platform.Client("partners", b);
        (string What, Task<HttpResponseMessage> Call)[] attempts =
        [
            ("read offer", inventory.GetAsync($"/api/offers/{offer.Id}")),
            ("change offer", inventory.PutAsJsonAsync($"/api/offers/{offer.Id}", Api.OfferBody(facility, 40, 0))),
            ("withdraw offer", inventory.DeleteAsync($"/api/offers/{offer.Id}")),
            ("read offer history", inventory.GetAsync($"/api/offers/{offer.Id}/history")),
            ("plan a change", inventory.PostAsJsonAsync($"/api/offers/{offer.Id}/planned-changes", Api.OfferBody(facility, 40, 0))),
            ("cancel a planned change", inventory.DeleteAsync($"/api/offers/{offer.Id}/planned-changes/{plannedChange}")),
            ("make a planned change take effect", inventory.PostAsync($"/api/offers/{offer.Id}/planned-changes/{plannedChange}/take-effect", null)),
            ("read facility", inventory.GetAsync($"/api/facilities/{facility}")),
            ("change facility", inventory.PutAsJsonAsync($"/api/facilities/{facility}", new { name = "x", operatorType = "private", latitude = 1.0, longitude = 1.0, areaCode = "mitte" })),
            ("read area", inventory.GetAsync("/api/areas/mitte")),
            ("read response", surveys.GetAsync($"/api/responses/{response.Id}")),
            ("withdraw response", surveys.DeleteAsync($"/api/responses/{response.Id}")),
            ("read gap", gaps.GetAsync($"/api/gaps/{gap.Id}")),
            ("read outreach gap", partners.GetAsync($"/api/outreach/gaps/{gap.Key}")),
        ];
        foreach (var (what, call) in attempts)
        {
            var answer = await call;
            Assert.True(answer.StatusCode == HttpStatusCode.NotFound, $"{what}: {(int)answer.StatusCode}");
        }

        Assert.Empty(await inventory.List<OfferView>("/api/offers"));
        Assert.Empty(await inventory.List<Facility>("/api/facilities"));
        Assert.Empty(await surveys.List<Response>("/api/responses"));
        Assert.Empty(await gaps.List<Gap>("/api/gaps?includeResolved=true"));
        Assert.Empty(await partners.List<OutreachGap>("/api/outreach/gaps"));

        var untouched = await platform.Client("inventory", a).GetFromJsonAsync<OfferView>($"/api/offers/{offer.Id}");
        Assert.Equal((4, "active", 2), (untouched!.Offer.Places, untouched.Offer.Status, untouched.Version));
        Assert.Equal(HttpStatusCode.NoContent, (await platform.Client("inventory", a).DeleteAsync($"/api/offers/{offer.Id}/planned-changes/{plannedChange}")).StatusCode);
        Assert.NotNull(await platform.Client("surveys", a).GetFromJsonAsync<Response>($"/api/responses/{response.Id}"));
    }

    [Fact]
    public async Task Requests_without_a_token_are_unauthorized()
    {
        foreach (var (service, path) in new[] { ("inventory", "/api/offers"), ("surveys", "/api/responses"), ("gaps", "/api/gaps"), ("partners", "/api/outreach/gaps") })
        {
            using var anonymous = platform.App.CreateHttpClient(service);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
    }
}
