using System.Net.Http.Json;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The thin slice across all four services, through their HTTP APIs and RabbitMQ: a household's survey answer becomes a gap.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SliceTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_need_without_offer_is_a_content_gap_and_an_offer_turns_it_into_a_capacity_gap()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);
        var gaps = platform.Client("gaps", tenant);
        var partners = platform.Client("partners", tenant);
        await platform.LearnAreas(tenant, "altstadt");

        await platform.Answers(await platform.PublishedSurvey(tenant), "altstadt", persons: 3);

        var content = await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Count == 1, "a content gap");
        Assert.Equal(("kita:altstadt:content", "content", 3.0, 1), (content[0].Key, content[0].Kind, content[0].EstimatedPersons, content[0].Responses));
        var outreach = await Eventually.Get(() => partners.List<OutreachGap>("/api/outreach/gaps"), g => g.Count == 1, "partners to learn of the gap");
        Assert.Equal("kita:altstadt:content", outreach[0].GapKey);
        Assert.Equal((null, null), (outreach[0].EstimatedPersons, outreach[0].Responses)); // one response: withheld once it leaves the planner's view

        await inventory.PostAsJsonAsync("/api/offers", Api.OfferBody(await inventory.Facility("altstadt"), places: 10, occupied: 8)).Created<OfferView>();

        var capacity = await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Count == 1 && g[0].Kind == "capacity", "a capacity gap");
        Assert.Equal(("kita:altstadt:capacity", 1.0), (capacity[0].Key, capacity[0].EstimatedPersons));
        var followed = await Eventually.Get(() => partners.List<OutreachGap>("/api/outreach/gaps"),
            g => g.Count == 1 && g[0].GapKey == "kita:altstadt:capacity", "partners to see the content gap resolved and the capacity gap");
        Assert.True(followed[0].Open);
    }

    [Fact]
    public async Task Enough_free_places_resolve_the_gap_everywhere()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);
        var gaps = platform.Client("gaps", tenant);
        var partners = platform.Client("partners", tenant);

        await platform.LearnAreas(tenant, "neustadt");
        var survey = await platform.PublishedSurvey(tenant);
        var facility = await inventory.Facility("neustadt");
        var offer = await inventory.PostAsJsonAsync("/api/offers", Api.OfferBody(facility, places: 5, occupied: 5)).Created<OfferView>();
        await platform.Answers(survey, "neustadt", persons: 2);
        // The need may be consumed before the offer, so partners may see a content gap first.
        await Eventually.Get(() => partners.List<OutreachGap>("/api/outreach/gaps"),
            g => g.Count == 1 && g[0].GapKey == "kita:neustadt:capacity", "the capacity gap to reach partners");

        (await inventory.PutAsJsonAsync($"/api/offers/{offer.Id}", Api.OfferBody(facility, places: 8, occupied: 5))).EnsureSuccessStatusCode();

        await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Count == 0, "the gap to resolve");
        await Eventually.Get(() => partners.List<OutreachGap>("/api/outreach/gaps"), g => g.Count == 0, "partners to see it resolved");
        var history = await gaps.List<Gap>("/api/gaps?includeResolved=true");
        Assert.All(history, gap => Assert.False(gap.Open));
        Assert.Contains(history, gap => gap.Kind == "capacity");
    }

    /// <summary>
    /// A need and an offer for the same cell arriving at once are consumed concurrently; the gap
    /// engine must still end with one consistent gap, and partners with the same one.
    /// </summary>
    [Fact]
    public async Task Need_and_offer_arriving_together_leave_one_consistent_gap_everywhere()
    {
        var tenant = PlatformFixture.NewTenant();
        var inventory = platform.Client("inventory", tenant);
        var areas = Enumerable.Range(1, 8).Select(i => $"bezirk-{i}").ToList();
        await platform.LearnAreas(tenant, [.. areas]);
        var survey = await platform.PublishedSurvey(tenant);

        var facilities = new Dictionary<string, Guid>();
        foreach (var area in areas) facilities[area] = await inventory.Facility(area);

        await Task.WhenAll(areas.SelectMany(area => new Task[]
        {
            platform.Answers(survey, area, persons: 3),
            inventory.PostAsJsonAsync("/api/offers", Api.OfferBody(facilities[area], places: 2, occupied: 1)).Created<OfferView>(),
        }));

        var expected = areas.Select(area => $"kita:{area}:capacity").Order().ToList();
        // The keys may be complete while a category's last refresh is still to come: wait for the settled figures.
        var gaps = await Eventually.Get(() => platform.Client("gaps", tenant).List<Gap>("/api/gaps"),
            g => g.Select(x => x.Key).Order().SequenceEqual(expected) && g.All(x => x.EstimatedPersons == 2.0), "one capacity gap of 2 persons per area");
        Assert.All(gaps, gap => Assert.Equal(2.0, gap.EstimatedPersons));
        await Eventually.Get(() => platform.Client("partners", tenant).List<OutreachGap>("/api/outreach/gaps"),
            g => g.Select(x => x.GapKey).Order().SequenceEqual(expected), "partners to hold exactly the open capacity gaps");
    }
}
