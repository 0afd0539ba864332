using System.Text;
using Aspire.Hosting.Testing;
using GutAusgestattet.Contracts.V2;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// A town brings its whole Kita list at once: the file is one change for the gaps. Whatever states the gap engine could
/// see while the 45 offers arrive one by one, only the gaps after the import are announced — none detected, changed and
/// resolved again on the way.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BulkImportGapsTests(PlatformFixture platform)
{
    /// <summary>45 Kitas of one place each, as a town's list: its own ids, <c>lat</c>/<c>lon</c> headers, open when the households need them.</summary>
    private static string KitaList() =>
        "facility_key,facility_name,lat,lon,offer_key,name,category,places,occupied_places,opening_hours,short_term,languages\n"
        + string.Concat(Enumerable.Range(1, 45).Select(i =>
            $"kita-{i:D3},Kita {i},{49.45 + i * 0.0001:0.0000},11.07,kita-{i:D3}-ue3,Kita {i} Ü3,kita,1,0,Mo-Fr 08:00-16:00,true,de;pl\n"));

    [Fact]
    public async Task Importing_45_offers_in_one_file_announces_only_the_gaps_that_exist_after_it()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var survey = await platform.PublishedSurvey(tenant);
        var surveys = platform.App.CreateHttpClient("surveys");
        object monday = new[] { new { day = "monday", from = "08:00", to = "16:00", overnight = false } };
        for (var i = 0; i < 5; i++)
            await surveys.SendAsync(Submit(survey, Answer(area: "altstadt", category: "kita", persons: 9, windows: monday, from: null, until: null))).Created<System.Text.Json.JsonElement>();
        // 45 persons and no Kita: the gaps before, counted on all five answers.
        var gaps = platform.Client("gaps", tenant);
        var before = await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Any(x => x.Open) && g.All(x => x.Responses == 5), "the gaps of all five answers");

        await using var detected = await platform.Probe<GapDetected>();
        await using var changed = await platform.Probe<GapChanged>();
        await using var resolved = await platform.Probe<GapResolved>();
        var import = await platform.Client("inventory", tenant).PostAsync("/api/inventory/import", new StringContent(KitaList(), Encoding.UTF8, "text/csv"));
        import.EnsureSuccessStatusCode();

        // 45 places, open when needed, short-term and in the households' languages: every gap is resolved, each once.
        foreach (var gap in before.Where(g => g.Open)) await resolved.Next(m => m.TenantId == tenant.Value && m.GapKey == gap.Key, TimeSpan.FromSeconds(60));
        await resolved.ExpectNone(m => m.TenantId == tenant.Value);
        await detected.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
        await changed.ExpectNone(m => m.TenantId == tenant.Value, TimeSpan.Zero);
        Assert.DoesNotContain(await gaps.List<Gap>("/api/gaps"), g => g.Open);
    }
}
