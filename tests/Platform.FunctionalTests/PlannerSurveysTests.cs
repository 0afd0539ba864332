using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using GutAusgestattet.FunctionalTests.Browsing;
using Microsoft.Playwright;

using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The survey pages in a real browser on the running platform: a planner creates a survey, publishes it, prints invitation
/// letters, reads the responses, keeps the known counts and imports a LimeSurvey export; another municipality finds nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PlannerSurveysTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    [GeneratedRegex(@"/surveys/([0-9a-f-]{36})\?done=created$")]
    private static partial Regex CreatedSurvey();

    /// <summary>A LimeSurvey export: two complete responses, the second (line 3) with a household code the mapping does not know when bad.</summary>
    private static byte[] Export(string secondHousehold) => Encoding.UTF8.GetBytes(
        "\"id\",\"submitdate\",\"startlanguage\",\"HH\",\"AREA\",\"KRN\",\"KRFROM\",\"KRTO\"\r\n"
        + "\"21\",\"2026-03-01 10:00:00\",\"de\",\"A1\",\"A1\",\"1\",\"07:00\",\"13:00\"\r\n"
        + $"\"22\",\"2026-03-02 11:00:00\",\"de\",\"{secondHousehold}\",\"A2\",\"2\",\"06:00\",\"08:00\"\r\n");

    private const string Mapping = """
        {"householdType": {"column": "HH", "values": {"A1": "incoming", "A2": "outgoing"}},
         "areaCode": {"column": "AREA", "values": {"A1": "altstadt", "A2": "mitte"}},
         "needs": [{"category": {"value": "krippe"}, "persons": {"column": "KRN"}, "ageBand": {"value": "0-2"},
                    "windows": [{"day": {"value": "monday"}, "from": {"column": "KRFROM"}, "to": {"column": "KRTO"}}]}]}
        """;

    [Fact]
    public async Task A_planner_runs_a_survey_from_creating_it_to_letters_responses_known_counts_and_a_LimeSurvey_import()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt", "mitte");
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant);

        // A new survey from the template, with its own title, its languages and who is responsible.
        await page.Locator("nav.site-nav a[href='/surveys']").ClickAsync();
        Assert.Equal("Befragungen", await page.Heading());
        await page.Locator("#title-de").FillAsync("Familienbefragung 2027");
        // The template offers all its languages; this survey keeps Polish only, besides German and English.
        foreach (var language in new[] { "#languages", "#languages-ar", "#languages-uk", "#languages-ru" }) await page.Locator(language).UncheckAsync();
        Assert.True(await page.Locator("#languages-pl").IsCheckedAsync());
        await page.Locator("#municipality").FillAsync("Stadt Musterstadt");
        await page.Locator("#office").FillAsync("Amt für Sozialplanung");
        await page.Locator("#address").FillAsync("Rathausplatz 1, 90000 Musterstadt");
        await page.Locator("#email").FillAsync("sozialplanung@musterstadt.example");
        await page.FormButton("survey-create").ClickAsync();
        await page.WaitForURLAsync(CreatedSurvey());
        var survey = Guid.Parse(CreatedSurvey().Match(page.Url).Groups[1].Value);
        Assert.Equal("Familienbefragung 2027", await page.Heading());
        var facts = await page.Locator("dl.survey-facts").InnerTextAsync();
        Assert.Contains("Entwurf", facts);
        Assert.Contains("Deutsch, Englisch, Polnisch", facts);

        // Ukrainian added to the draft, with an English title.
        await page.Locator("#languages-uk").CheckAsync();
        await page.Locator("#title-en").FillAsync("Family survey 2027");
        await page.FormButton("survey-texts").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/surveys/{survey}?done=edited").AbsoluteUri);
        Assert.Contains("Deutsch, Englisch, Ukrainisch, Polnisch", await page.Locator("dl.survey-facts").InnerTextAsync());

        // Publishing needs the tick; then the open link, its QR code and a poster per language are there.
        await page.FormButton("survey-publish").ClickAsync();
        Assert.Equal("#publish", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await page.Locator("#publish").CheckAsync();
        await page.FormButton("survey-publish").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/surveys/{survey}?done=published").AbsoluteUri);
        Assert.Contains("Veröffentlicht", await page.Locator("dl.survey-facts").InnerTextAsync());
        Assert.Equal(new Uri(platform.WebAddress("survey-web"), $"/{tenant.Value}/{survey}").AbsoluteUri, await page.Locator("#open-link").GetAttributeAsync("href"));
        var qr = page.Locator("#open-link-qr");
        Assert.Contains("QR-Code des offenen Links", await qr.GetAttributeAsync("alt"));
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the QR code image loads");
        var svg = await page.Context.APIRequest.GetAsync(new Uri(Web, $"/surveys/{survey}/qr.svg").AbsoluteUri);
        Assert.Equal(("image/svg+xml", true), (svg.Headers["content-type"].Split(';')[0], (await svg.TextAsync()).Contains("<svg")));
        Assert.Equal(4, await page.Locator("ul.posters a").CountAsync());
        var poster = await page.Context.APIRequest.GetAsync(new Uri(Web, $"/surveys/{survey}/poster.pdf?language=uk").AbsoluteUri);
        Assert.Equal("%PDF", Encoding.ASCII.GetString((await poster.BodyAsync())[..4]));

        // Letters: a count out of range is named at the field; three letters in English come as a PDF and are counted as issued.
        Assert.Contains("0 Einladungscodes ausgegeben", await page.Locator("#invitation-counts").InnerTextAsync());
        await page.Locator("#letter-count").FillAsync("0");
        await page.Locator("#letters form button[type='submit']").ClickAsync();
        Assert.Equal("true", await page.Locator("#letter-count").GetAttributeAsync("aria-invalid"));
        Assert.Equal("0", await page.Locator("#letter-count").InputValueAsync());
        await page.Locator("#letter-count").FillAsync("3");
        await page.Locator("#letter-language").SelectOptionAsync("en");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#letters form button[type='submit']").ClickAsync());
        var letters = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(letters[..4]));
        await page.ReloadAsync();
        Assert.Contains("3 Einladungscodes ausgegeben, 0 davon genutzt", await page.Locator("#invitation-counts").InnerTextAsync());

        // Answers given on the survey web appear by area and household type.
        Assert.Equal(1, await page.Locator("#no-responses").CountAsync());
        var publicApi = platform.App.CreateHttpClient("surveys");
        foreach (var answer in new[] { Answer(area: "altstadt"), Answer(area: "mitte", householdType: "outgoing"), Answer(area: "mitte", householdType: "outgoing") })
            await publicApi.SendAsync(Submit(survey, answer)).Created<JsonElement>();
        await page.ReloadAsync();
        Assert.Equal("Antworten bisher: 3", await page.Locator("#responses caption").InnerTextAsync());
        Assert.Equal(["Ortsteil altstadt", "1", "0", "0", "0", "1"], await page.Locator("#responses tbody tr").Nth(0).Locator("th, td").AllInnerTextsAsync());
        Assert.Equal(["Ortsteil mitte", "0", "2", "0", "0", "2"], await page.Locator("#responses tbody tr").Nth(1).Locator("th, td").AllInnerTextsAsync());
        // The raw answers are the data steward's: the planner is told so and is refused them.
        Assert.Equal(1, await page.Locator("#raw-answers-note").CountAsync());
        Assert.Equal(403, (await page.Context.APIRequest.GetAsync(new Uri(Web, $"/data-protection/surveys/{survey}/answers.csv").AbsoluteUri)).Status);

        // Known counts: a count too large is refused by the service at its field, what was typed kept; corrected, all are saved.
        await page.GotoAsync("/surveys");
        await page.Locator("main a[href='/weighting']").ClickAsync();
        await page.Locator("#households-altstadt-incoming").FillAsync("120");
        await page.Locator("#households-mitte-outgoing").FillAsync("20.000.000");
        await page.FormButton("known-counts").ClickAsync();
        Assert.Equal("#households-mitte-outgoing", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Equal("true", await page.Locator("#households-mitte-outgoing").GetAttributeAsync("aria-invalid"));
        Assert.Equal(("120", "20.000.000"), (await page.Locator("#households-altstadt-incoming").InputValueAsync(), await page.Locator("#households-mitte-outgoing").InputValueAsync()));
        Assert.Empty((await platform.Client("surveys", tenant).GetFromJsonAsync<JsonElement>("/api/weighting/counts")).GetProperty("counts").EnumerateArray());
        await page.Locator("#households-mitte-outgoing").FillAsync("2.000");
        await page.FormButton("known-counts").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, "/weighting?done=saved").AbsoluteUri);
        Assert.Equal(("120", "2000"), (await page.Locator("#households-altstadt-incoming").InputValueAsync(), await page.Locator("#households-mitte-outgoing").InputValueAsync()));

        // A LimeSurvey export: the dry run names the bad row's line and column, nothing is stored; the good file imports.
        await page.GotoAsync($"/surveys/{survey}");
        await page.Locator($"main a[href='/surveys/{survey}/import']").ClickAsync();
        Assert.Equal("2026-2", await page.Locator("#consentVersion").InputValueAsync());
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "limesurvey.csv", MimeType = "text/csv", Buffer = Export("A9") });
        await page.Locator("#mapping").FillAsync(Mapping);
        await page.FormButton("limesurvey-check").ClickAsync();
        Assert.Equal("#import-errors", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        var error = await page.Locator("#import-errors tbody tr").First.InnerTextAsync();
        Assert.Contains("Zeile 3", error);
        Assert.Contains("HH", error);
        Assert.Equal(0, await page.FormButton("limesurvey-store").CountAsync());
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "limesurvey.csv", MimeType = "text/csv", Buffer = Export("A2") });
        await page.FormButton("limesurvey-check").ClickAsync();
        Assert.Contains("2 neu", await page.Locator("#report-verdict").InnerTextAsync());
        await page.FormButton("limesurvey-store").ClickAsync();
        Assert.Contains("2 neu", await page.Locator("#import-result").InnerTextAsync());
        await page.GotoAsync($"/surveys/{survey}");
        Assert.Equal("Antworten bisher: 5", await page.Locator("#responses caption").InnerTextAsync());
        await Screenshots.PlannerAsync(page, "survey");

        // Closing needs the tick too; a closed survey has no open link and no letters.
        await page.Locator("#close").CheckAsync();
        await page.FormButton("survey-close").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/surveys/{survey}?done=closed").AbsoluteUri);
        Assert.Contains("Geschlossen", await page.Locator("dl.survey-facts").InnerTextAsync());
        Assert.Equal((0, 0), (await page.Locator("#open-link-qr").CountAsync(), await page.Locator("#letters").CountAsync()));

        // Another municipality's planner typing these addresses: not found, nothing shown.
        var other = await browser.NotFoundForAnotherMunicipality(Web, [$"/surveys/{survey}", $"/surveys/{survey}/import"], "Familienbefragung");
        foreach (var file in new[] { "qr.svg", "poster.pdf" })
            Assert.Equal(404, (await other.Context.APIRequest.GetAsync(new Uri(Web, $"/surveys/{survey}/{file}").AbsoluteUri)).Status);
    }

    [Fact]
    public async Task A_planner_creates_a_survey_answered_only_with_the_letters_codes_and_opens_its_link_again_later()
    {
        var tenant = PlatformFixture.NewTenant();
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant, path: "/surveys");
        await page.Locator("#municipality").FillAsync("Stadt Musterstadt");
        await page.Locator("#office").FillAsync("Amt für Sozialplanung");
        await page.Locator("#address").FillAsync("Rathausplatz 1, 90000 Musterstadt");
        await page.Locator("#email").FillAsync("sozialplanung@musterstadt.example");
        await page.GetByLabel("Nur mit dem Einladungscode aus dem Brief beantworten (offener Link aus)").CheckAsync();
        await page.FormButton("survey-create").ClickAsync();
        await page.WaitForURLAsync(CreatedSurvey());
        var survey = Guid.Parse(CreatedSurvey().Match(page.Url).Groups[1].Value);
        Assert.Contains("Nur mit Einladungscode aus dem Brief", await page.Locator("dl.survey-facts").InnerTextAsync());
        var surveys = platform.Client("surveys", tenant);
        Assert.True((await surveys.GetFromJsonAsync<JsonElement>($"/api/surveys/{survey}")).GetProperty("invitationRequired").GetBoolean());

        await page.Locator("#invitation-required").UncheckAsync();
        await page.FormButton("survey-access").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/surveys/{survey}?done=access").AbsoluteUri);
        Assert.Contains("Offener Link und Einladungscodes", await page.Locator("dl.survey-facts").InnerTextAsync());
        Assert.False((await surveys.GetFromJsonAsync<JsonElement>($"/api/surveys/{survey}")).GetProperty("invitationRequired").GetBoolean());
    }
}
