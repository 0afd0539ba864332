using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.Contracts.V1;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>Post-stratification weights: from the planner's known counts to the persons Gaps estimates.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WeightingTests(PlatformFixture platform)
{
    private sealed record Stratum(string AreaCode, string HouseholdType, int Responses, int? KnownHouseholds, double Weight, long Revision);

    private static object Counts(params (string Area, string Type, int Households)[] counts) =>
        new { counts = counts.Select(c => new { areaCode = c.Area, householdType = c.Type, households = c.Households }) };

    /// <summary>
    /// By hand: 120 incoming households in Altstadt answered 3 times → 40 each; outgoing households
    /// in Altstadt have no count → 1; 10 outgoing households in Hafen answered twice → 5 each. Each
    /// answer needs a Krippe place for one child, so Gaps estimates 3 × 40 + 1 = 121 persons in
    /// Altstadt and 2 × 5 = 10 in Hafen. The needs have no period, so they count in the current week.
    /// Altstadt's gap rests on 4 responses, 1 of them unweighted (the outgoing household, ×1).
    /// </summary>
    [Fact]
    public async Task Known_counts_weight_the_answers_and_Gaps_estimates_persons_with_the_newest_weights()
    {
        var tenant = PlatformFixture.NewTenant();
        var surveys = platform.Client("surveys", tenant);
        var gaps = platform.Client("gaps", tenant);
        var anonymous = platform.App.CreateHttpClient("surveys");
        await platform.LearnAreas(tenant, "altstadt", "hafen");
        (await surveys.PutAsJsonAsync("/api/weighting/counts", Counts(("altstadt", "incoming", 120), ("hafen", "outgoing", 10)))).EnsureSuccessStatusCode();
        var id = await platform.PublishedSurvey(tenant);

        await using var reported = await platform.Probe<NeedsReported>();
        var receipts = new List<Receipt>();
        foreach (var (area, type) in new[] { ("altstadt", "incoming"), ("altstadt", "incoming"), ("altstadt", "incoming"), ("altstadt", "outgoing"), ("hafen", "outgoing"), ("hafen", "outgoing") })
            receipts.Add(await anonymous.SendAsync(Submit(id, Answer(area: area, householdType: type, from: null, until: null))).Created<Receipt>());

        // An answer's demand carries its stratum's weight as last published; the reweighing queued with it announces the new one.
        var alone = Assert.Single((await reported.Next(m => m.ResponseId == receipts[3].ResponseId)).Message.Items);
        Assert.Equal((1.0, true), (alone.Weight, alone.Unweighted));

        await Eventually.Get(() => surveys.GetFromJsonAsync<List<Stratum>>($"/api/surveys/{id}/weights"),
            weights => weights!.Select(s => (s.AreaCode, s.HouseholdType, s.Responses, s.KnownHouseholds, s.Weight)).SequenceEqual(
                [("altstadt", "incoming", 3, (int?)120, 40.0), ("altstadt", "outgoing", 1, null, 1.0), ("hafen", "outgoing", 2, 10, 5.0)]),
            "the strata to be reweighed: 40 in Altstadt (incoming), 1 in Altstadt (outgoing), 5 in Hafen");
        await Eventually.Get(() => gaps.List<Gap>("/api/gaps"),
            g => g.Count == 2 && g.Single(x => x.AreaCode == "altstadt") is { EstimatedPersons: 121, Responses: 4, UnweightedResponses: 1 }
                && g.Single(x => x.AreaCode == "hafen") is { EstimatedPersons: 10, UnweightedResponses: 0 },
            "Gaps to estimate 121 persons in Altstadt (1 of 4 responses unweighted) and 10 in Hafen");

        // A withdrawal leaves 2 answers for 120 households: 60 each, announced; the weighted total stays.
        await using var reweighted = await platform.Probe<NeedsReweighted>();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.Receipt(HttpMethod.Delete, receipts[0].ReceiptCode)).StatusCode);
        var sixty = await reweighted.Next(m => m.SurveyId == id && m.AreaCode == "altstadt" && m.HouseholdType == "incoming");
        Assert.Equal(60, sixty.Message.Weight);
        Assert.Equal(tenant.Value, sixty.Tenant);

        // New counts reweight every stratum they touch, and Gaps follows: 2 × 100 + 1 = 201.
        (await surveys.PutAsJsonAsync("/api/weighting/counts", Counts(("altstadt", "incoming", 200)))).EnsureSuccessStatusCode();
        var hundred = await reweighted.Next(m => m.SurveyId == id && m.AreaCode == "altstadt" && m.HouseholdType == "incoming" && m.Weight == 100);
        Assert.True(hundred.Message.Revision > sixty.Message.Revision);
        var uncounted = (await reweighted.Next(m => m.SurveyId == id && m.AreaCode == "hafen")).Message; // its count is gone
        Assert.Equal((1.0, true), (uncounted.Weight, uncounted.Unweighted));
        await Eventually.Get(() => gaps.List<Gap>("/api/gaps"),
            g => g.Count == 2 && g.Single(x => x.AreaCode == "altstadt").EstimatedPersons == 201
                && g.Single(x => x.AreaCode == "hafen") is { EstimatedPersons: 2, Responses: 2, UnweightedResponses: 2 },
            "Gaps to follow the new weights: 201 persons in Altstadt, 2 unweighted in Hafen");
    }

    [Fact]
    public async Task Bad_counts_are_refused_naming_the_field_and_change_nothing()
    {
        var tenant = PlatformFixture.NewTenant();
        var surveys = platform.Client("surveys", tenant);
        await platform.LearnAreas(tenant, "altstadt");
        (await surveys.PutAsJsonAsync("/api/weighting/counts", Counts(("altstadt", "incoming", 50)))).EnsureSuccessStatusCode();

        var problem = await Problem(await surveys.PutAsJsonAsync("/api/weighting/counts",
            Counts(("nirgendwo", "incoming", 5), ("altstadt", "tourist", 5), ("altstadt", "outgoing", -1), ("altstadt", "incoming", 7), ("altstadt", "incoming", 8))),
            HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "counts[0].areaCode", "counts[1].householdType", "counts[2].households", "counts[4]" })
            Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");

        var stored = await surveys.GetFromJsonAsync<JsonElement>("/api/weighting/counts");
        Assert.Equal(50, Assert.Single(stored.GetProperty("counts").EnumerateArray().ToList()).GetProperty("households").GetInt32());
    }
}
