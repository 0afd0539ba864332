using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Tenancy;

using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// Survey waves in a real browser on the running platform (issue 18): a planner makes this year's survey the current wave of
/// the population last year's survey asked — a name Surveys refuses named at its field first —, then compares both waves and
/// downloads the comparison for Excel.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerSurveyWavesTests(PlatformFixture platform, BrowserFixture browser)
{
    private const string Population = "Haushalte mit Zweitwohnsitz";

    private Uri Web => platform.WebAddress("planner-web");

    /// <summary>A published survey answered by five households, each with a Krippe need of <paramref name="persons"/> on Monday 06–08 in altstadt.</summary>
    private async Task<Guid> AnsweredSurvey(Ags tenant, int persons)
    {
        var survey = await platform.PublishedSurvey(tenant);
        var surveys = platform.App.CreateHttpClient("surveys");
        var monday = new[] { new { day = "monday", from = "06:00", to = "08:00", overnight = false } };
        for (var i = 0; i < 5; i++)
            await surveys.SendAsync(Submit(survey, Answer(area: "altstadt", category: "krippe", persons: persons, windows: monday, from: null, until: null))).Created<JsonElement>();
        return survey;
    }

    [Fact]
    public async Task A_planner_makes_this_years_survey_the_current_wave_after_a_refused_name_and_compares_it_with_last_years()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt", "mitte");
        var (lastYear, thisYear) = (await AnsweredSurvey(tenant, persons: 1), await AnsweredSurvey(tenant, persons: 2));
        (await platform.Client("surveys", tenant).PutAsJsonAsync($"/api/surveys/{lastYear}/current-wave", new { population = Population })).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant, path: $"/surveys/{thisYear}");

        // Not yet a wave: the existing population is offered.
        var facts = page.Locator("#wave-facts dd");
        Assert.Equal(["keine – die Befragung zählt für sich", "nein"], await facts.AllInnerTextsAsync());
        Assert.Contains($"„{Population}“", await page.Locator("#population-hint").InnerTextAsync());
        Assert.Equal(Population, await page.Locator("#population-names option").GetAttributeAsync("value"));

        // A name with an e-mail address would travel in an event: Surveys refuses it, named at the field in German, what was typed kept.
        await page.Locator("#population").FillAsync("Haushalte, Rückfragen an wellen@stadt.example");
        await page.FormButton("survey-wave").ClickAsync();
        Assert.Equal("#population", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Contains("keine E-Mail-Adresse", await page.Locator("#population-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#population").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Haushalte, Rückfragen an wellen@stadt.example", await page.Locator("#population").InputValueAsync());

        // The population's name: this survey is its current wave, last year's is not any more.
        await page.Locator("#population").FillAsync(Population);
        await page.FormButton("survey-wave").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("?done=wave", StringComparison.Ordinal));
        Assert.Contains("aktuelle Welle", await page.Locator(".kern-alert--success").InnerTextAsync());
        Assert.Equal([Population, "ja"], await facts.AllInnerTextsAsync());
        Assert.Equal(0, await page.FormButton("survey-wave").CountAsync());
        var populations = await platform.Client("surveys", tenant).List<JsonElement>("/api/surveys/populations");
        Assert.Equal(thisYear, populations.Single().GetProperty("currentSurveyId").GetGuid());
        await page.GotoAsync($"/surveys/{lastYear}");
        Assert.Equal([Population, "nein"], await facts.AllInnerTextsAsync());
        Assert.Contains("zählen nicht mehr in den Lücken", await page.Locator("#wave-state").InnerTextAsync());

        // Gaps learns both waves' answers and the marking from events, on its own time.
        var gaps = platform.Client("gaps", tenant);
        await Eventually.Get(async () => (await gaps.GetAsync($"/api/gaps/waves?first={lastYear}&second={thisYear}")) is { IsSuccessStatusCode: true } ok
                ? (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("verdict").GetString()).ToList()
                : [],
            verdicts => verdicts is ["grew"], "Gaps to compare both waves");

        // From the surveys list to the comparison: the same survey twice is named at the later wave's field.
        await page.GotoAsync("/surveys");
        await page.Locator("main a[href='/surveys/waves']").ClickAsync();
        Assert.Equal("Befragungswellen vergleichen", await page.Heading());
        await page.Locator("#first").SelectOptionAsync(lastYear.ToString());
        await page.Locator("#second").SelectOptionAsync(lastYear.ToString());
        await page.Locator("main form button[type='submit']").ClickAsync();
        Assert.Equal("#second", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Contains("andere Befragung", await page.Locator("#second-error").InnerTextAsync());
        Assert.Equal(0, await page.Locator("table.wave-table").CountAsync());
        Assert.Contains("andere Welle", await page.Locator($"#first option[value='{lastYear}']").InnerTextAsync());
        Assert.Contains("aktuelle Welle", await page.Locator($"#first option[value='{thisYear}']").InnerTextAsync());

        // Both waves side by side: twice the persons in this year's answers, the gap grew.
        await page.Locator("#second").SelectOptionAsync(thisYear.ToString());
        await page.Locator("main form button[type='submit']").ClickAsync();
        var row = page.Locator("#wave-krippe-altstadt");
        var cells = await row.Locator("th, td").AllInnerTextsAsync();
        Assert.Equal(["Krippe (U3)", "Ortsteil altstadt"], cells.Take(2));
        Assert.Equal(("5", "5", "gewachsen"), (cells[4], cells[7], cells[8]));
        Assert.True(double.Parse(cells[6], System.Globalization.CultureInfo.GetCultureInfo("de-DE")) > double.Parse(cells[3], System.Globalization.CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("Antworten insgesamt: frühere Welle 5, spätere Welle 5.", await page.Locator("#waves-responses").InnerTextAsync());

        // The same table for Excel: semicolons, German headings and words.
        var href = (await page.Locator("#waves-download").GetAttributeAsync("href"))!;
        var csv = await page.Context.APIRequest.GetAsync(new Uri(Web, href).AbsoluteUri);
        Assert.Equal(200, csv.Status);
        var text = (await csv.TextAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Kategorie;Gebiet;Gebietsname;Welle 1: Personen;", text);
        Assert.Contains(";gewachsen", text);

        // The survey's page leads to the comparison with its earlier wave.
        await page.GotoAsync($"/surveys/{thisYear}");
        await page.Locator("#wave-compare").ClickAsync();
        Assert.Equal("gewachsen", await page.Locator("#wave-krippe-altstadt .wave-verdict").InnerTextAsync());

        // A survey nobody answered yet: Gaps holds nothing of it, and the page says so instead of a table.
        var unanswered = await platform.PublishedSurvey(tenant);
        await page.GotoAsync($"/surveys/waves?first={thisYear}&second={unanswered}");
        Assert.Contains("noch keine Antworten", await page.Locator(".waves-unknown").InnerTextAsync());
        Assert.Equal(0, await page.Locator("table.wave-table").CountAsync());

        // Another municipality's planner: the surveys are not theirs to choose, so the comparison is not asked; nor is the file theirs.
        var stranger = await browser.NewPageAsync(Web);
        await stranger.SignIn(PlatformFixture.NewTenant(), path: $"/surveys/waves?first={lastYear}&second={thisYear}");
        Assert.Equal(0, await stranger.Locator("table.wave-table").CountAsync());
        Assert.Equal(2, await stranger.Locator("#error-summary li").CountAsync());
        Assert.Equal(404, (await stranger.Context.APIRequest.GetAsync(new Uri(Web, href).AbsoluteUri)).Status);
    }
}
