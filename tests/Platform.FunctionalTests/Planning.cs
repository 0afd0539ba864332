using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.ServiceDefaults.Tenancy;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>What a municipality has once households answered: the state the planners' pages are tested on.</summary>
public static class Planning
{
    /// <summary>
    /// Two open gaps from three answers to a published survey: Krippe in altstadt has no offer at all
    /// (content, 2 persons on Monday 06–08, severity 100); Kita in mitte is open 08–16 but needed on
    /// Tuesday 16–18 by 3 persons (time, severity 6 of 7 needed person-hours ≈ 85.7), the third answer's
    /// Wednesday 09–10 being covered.
    /// </summary>
    public static async Task<(Gap Krippe, Gap Kita)> TwoGaps(this PlatformFixture platform, Ags tenant)
    {
        await platform.LearnAreas(tenant, "altstadt", "mitte");
        var survey = await platform.PublishedSurvey(tenant);
        var inventory = platform.Client("inventory", tenant);
        var facility = await inventory.Facility("mitte");
        // Short-term placements too, as the answers ask for them: the time gap is then the only kind in mitte.
        await inventory.PostAsJsonAsync("/api/offers", new
        {
            facilityId = facility, name = "Kita Sonnenblume", category = "kita", places = 10, occupiedPlaces = 0,
            openingHours = "Mo-Fr 08:00-16:00", takesShortTermPlacements = true,
        }).Created<OfferView>();

        var surveys = platform.App.CreateHttpClient("surveys");
        object Window(string day, string from, string to) => new[] { new { day, from, to, overnight = false } };
        foreach (var answer in new[]
                 {
                     Answer(area: "altstadt", category: "krippe", persons: 2, windows: Window("monday", "06:00", "08:00"), from: null, until: null),
                     Answer(area: "mitte", category: "kita", persons: 3, windows: Window("tuesday", "16:00", "18:00"), from: null, until: null),
                     Answer(area: "mitte", category: "kita", persons: 1, windows: Window("wednesday", "09:00", "10:00"), from: null, until: null),
                 })
            await surveys.SendAsync(Submit(survey, answer)).Created<JsonElement>();

        var gaps = platform.Client("gaps", tenant);
        var open = await Eventually.Get(() => gaps.List<Gap>("/api/gaps"),
            g => g.Count == 2 && g.Any(x => x.Key == "krippe:altstadt:content" && x.EstimatedPersons == 2)
                 && g.Any(x => x.Key == "kita:mitte:time" && x.EstimatedPersons == 3 && x.Severity < 100), "the krippe content gap and the kita time gap");
        return (open.Single(g => g.Key == "krippe:altstadt:content"), open.Single(g => g.Key == "kita:mitte:time"));
    }
}
