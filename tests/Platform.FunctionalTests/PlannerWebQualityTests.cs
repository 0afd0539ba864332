using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Auth;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The planners' pages as BITV 2.0 asks of every page of a public body's application: no axe-core
/// violations at 1280 px and at 640 px (200 % zoom) without sideways scrolling, usable by keyboard
/// alone; and a service that is down leaves a clear message on the page that needs it, nothing more.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerWebQualityTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    private static Task Check(IPage page, string state) => page.AssertAccessibleAndFitsAsync(state);

    private static readonly byte[] OpenData = """
        {"type":"FeatureCollection","features":[{"type":"Feature","id":"kita-001","geometry":{"type":"Point","coordinates":[11.07,49.45]},
          "properties":{"amenity":"kindergarten","name":"Kinderhaus Drachenburg","capacity:krippe":"12","capacity:kita":"40",
            "opening_hours":"7.30-16.30 Uhr","operator":"Kinderhaus Drachenburg gGmbH"}}]}
        """u8.ToArray();

    [Theory]
    [InlineData(1280)]
    [InlineData(640)]
    public async Task Every_page_is_accessible_and_fits_the_width(int width)
    {
        var tenant = PlatformFixture.NewTenant();
        var (krippe, kita) = await platform.TwoGaps(tenant);
        var page = await browser.NewPageAsync(Web, width: width);

        await page.GotoAsync("/");
        await Check(page, $"{width}: sign-in");
        await page.Locator("main form button[type='submit']").ClickAsync();
        Assert.Equal(2, await page.Locator("#error-summary li").CountAsync());
        await Check(page, $"{width}: sign-in with errors");
        await page.Locator("input[name='tenant']").FillAsync(tenant.Value);
        await page.Locator("input[name='role'][value='planner']").CheckAsync();
        await page.Locator("main form button[type='submit']").ClickAsync();

        await Check(page, $"{width}: overview");
        await page.GotoAsync("/gaps");
        await Check(page, $"{width}: gaps");
        await page.GotoAsync("/planning-year");
        // Both gaps' needs have no period: every week of the next 52 has them, and both open in the first.
        Assert.Equal(52, await page.Locator("table.year-table tbody tr").CountAsync());
        Assert.Equal(2, await page.Locator("#opening li").CountAsync());
        await Check(page, $"{width}: planning year");
        var year = await page.Context.APIRequest.GetAsync(new Uri(Web, "/planning-year/gaps-year.csv").AbsoluteUri);
        Assert.Equal(200, year.Status);
        Assert.StartsWith("Woche;Montag;", (await year.TextAsync()).TrimStart('\uFEFF'));
        await page.GotoAsync("/incoming");
        Assert.Equal(1, await page.Locator("#no-consent").CountAsync()); // nothing flows in without the regional consent
        await Check(page, $"{width}: incoming demand without consent");
        await page.GotoAsync("/gaps?kind=feature");
        await Check(page, $"{width}: gaps, none matching");
        await page.GotoAsync($"/gaps/{kita.Id}");
        await Check(page, $"{width}: gap page");
        await page.GotoAsync($"/gaps/{krippe.Id}");
        await Check(page, $"{width}: gap page with few responses");
        await page.GotoAsync("/map");
        await Check(page, $"{width}: map");
        await page.GotoAsync("/exports?area=altstadt&category=krippe");
        await Check(page, $"{width}: exports");
        await page.GotoAsync("/exports?week=KW49&plannedBy=morgen");
        Assert.Equal(2, await page.Locator("#error-summary li").CountAsync());
        await Check(page, $"{width}: exports with errors");
        await page.GotoAsync($"/gaps/{Guid.NewGuid()}");
        Assert.Equal("Nicht gefunden", await page.Heading());
        await Check(page, $"{width}: gap not found");
        await page.GotoAsync("/offers");
        await Check(page, $"{width}: offers");
        await page.GotoAsync("/imports");
        await Check(page, $"{width}: import");
        await page.Locator("form button[type='submit']:has-text('Datei prüfen')").ClickAsync();
        Assert.Equal(1, await page.Locator("#error-summary li").CountAsync());
        await Check(page, $"{width}: import without a file");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "kitas.csv", MimeType = "text/csv", Buffer = "facility_key,name\nk1,Kita\n"u8.ToArray() });
        await page.Locator("form button[type='submit']:has-text('Datei prüfen')").ClickAsync();
        Assert.True(await page.Locator("#import-errors tbody tr").CountAsync() > 0);
        await Check(page, $"{width}: import report with errors");
        // A town's open data: its dirt and an unknown operator are notes beside the rows, a Kita with U3 groups two offers.
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "kitas.geojson", MimeType = "application/geo+json", Buffer = OpenData });
        await page.Locator("form button[type='submit']:has-text('Datei prüfen')").ClickAsync();
        Assert.True(await page.Locator("#import-warnings tbody tr").CountAsync() > 0);
        Assert.Equal(1, await page.Locator("#import-operators tbody tr").CountAsync());
        Assert.Equal(1, await page.Locator("#import-offers tbody tr").CountAsync());
        // Each row says where its facility lies and why.
        Assert.True(await page.Locator(".import-reasons li").CountAsync() > 0);
        await Check(page, $"{width}: import report with notes and reasons");
        var offer = (await platform.Client("inventory", tenant).List<JsonElement>("/api/offers")).Single().GetProperty("id").GetGuid();
        await page.GotoAsync($"/what-if?offer={offer}");
        Assert.Equal("Mo-Fr 08:00-16:00", await page.Locator("#hours").InputValueAsync());
        await Check(page, $"{width}: what-if, offer chosen");
        await page.GotoAsync($"/what-if?offer={offer}&hours=Mo-Fr+08%3A00-25%3A00&places=zehn");
        Assert.Equal(2, await page.Locator("#error-summary li").CountAsync());
        await Check(page, $"{width}: what-if with errors");
        await page.GotoAsync($"/what-if?offer={offer}&hours=Mo-Fr+08%3A00-18%3A00&places=10");
        Assert.Contains("schließt sich", await page.Locator("table.gap-outcomes").InnerTextAsync());
        await Check(page, $"{width}: what-if with its effect");
        await page.GotoAsync("/areas");
        await Check(page, $"{width}: areas");
        await page.GotoAsync("/facilities");
        await Check(page, $"{width}: facilities");
        var facility = (await platform.Client("inventory", tenant).List<JsonElement>("/api/facilities")).Single().GetProperty("id").GetGuid();
        await page.GotoAsync($"/facilities/{facility}");
        await Check(page, $"{width}: facility");
        await page.GotoAsync("/facilities/new");
        await page.FormButton("facility").ClickAsync();
        Assert.True(await page.Locator("#error-summary li").CountAsync() > 0);
        await Check(page, $"{width}: new facility with errors");
        await page.GotoAsync($"/offers/new?facility={facility}");
        await Check(page, $"{width}: new offer");
        await page.GotoAsync($"/offers/{offer}");
        Assert.Equal(1, await page.Locator("table.offer-history tbody tr").CountAsync());
        await Check(page, $"{width}: offer with its history");
        await page.Locator("#openingHours").FillAsync("Mo-Fr 08:00-25:00");
        await page.Locator("#closure-0-from").FillAsync("2027-08-20");
        await page.Locator("#closure-0-to").FillAsync("2027-08-02");
        await page.FormButton("offer").ClickAsync();
        Assert.Equal(2, await page.Locator("#error-summary li").CountAsync());
        await Check(page, $"{width}: offer with errors");
        var survey = (await platform.Client("surveys", tenant).List<JsonElement>("/api/surveys")).Single().GetProperty("id").GetGuid();
        await page.GotoAsync("/surveys");
        await Check(page, $"{width}: surveys");
        await page.FormButton("survey-create").ClickAsync();
        Assert.True(await page.Locator("#error-summary li").CountAsync() > 0);
        await Check(page, $"{width}: new survey with errors");
        await page.GotoAsync($"/surveys/{survey}");
        // Both areas answered, and the totals' row.
        Assert.Equal(3, await page.Locator("#responses tbody tr").CountAsync());
        await Check(page, $"{width}: survey with its responses");
        await page.FormButton("survey-close").ClickAsync();
        Assert.Equal("#close", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await Check(page, $"{width}: survey, closing unconfirmed");
        await page.GotoAsync($"/surveys/{survey}?letters=count&count=0#letters");
        Assert.Equal("true", await page.Locator("#letter-count").GetAttributeAsync("aria-invalid"));
        await Check(page, $"{width}: survey, letters with an error");
        await page.GotoAsync($"/surveys/{survey}");
        await page.FormButton("survey-wave").ClickAsync();
        Assert.Equal("#population", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await Check(page, $"{width}: survey, its wave with an error");
        // A second wave with one answer: the comparison's figures are withheld (fewer than 5 responses), the table is there.
        var nextWave = await platform.PublishedSurvey(tenant);
        await platform.App.CreateHttpClient("surveys").SendAsync(Surveying.Submit(nextWave, Surveying.Answer(from: null, until: null))).Created<JsonElement>();
        var gaps = platform.Client("gaps", tenant);
        await Eventually.Get(async () => (await gaps.GetAsync($"/api/gaps/waves?first={survey}&second={nextWave}")).IsSuccessStatusCode, known => known, "Gaps to hold the second wave");
        await page.GotoAsync("/surveys/waves");
        await Check(page, $"{width}: survey waves to choose");
        await page.GotoAsync($"/surveys/waves?first={survey}&second={survey}");
        Assert.Equal("#second", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await Check(page, $"{width}: survey waves with an error");
        await page.GotoAsync($"/surveys/waves?first={survey}&second={nextWave}");
        Assert.True(await page.Locator("table.wave-table tbody tr").CountAsync() > 0);
        await Check(page, $"{width}: survey waves compared");
        await page.GotoAsync($"/surveys/{survey}/import");
        await page.FormButton("limesurvey-check").ClickAsync();
        Assert.Equal(2, await page.Locator("#error-summary li").CountAsync());
        await Check(page, $"{width}: LimeSurvey import with errors");
        await page.GotoAsync("/weighting");
        await Check(page, $"{width}: known counts");
        await page.Locator("#households-mitte-incoming").FillAsync("zwölf");
        await page.FormButton("known-counts").ClickAsync();
        Assert.Equal("#households-mitte-incoming", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await Check(page, $"{width}: known counts with an error");
        await page.GotoAsync("/school-holidays");
        await Check(page, $"{width}: school holidays, none yet");
        await page.FormButton("holiday-add").ClickAsync();
        Assert.Equal(3, await page.Locator("#error-summary li").CountAsync());
        await Check(page, $"{width}: a school holiday period with errors");
        var holiday = (await platform.Client("gaps", tenant).PostAsJsonAsync("/api/gaps/school-holidays",
            new { from = "2027-08-02", to = "2027-09-13", name = "Sommerferien 2027" }).Created<JsonElement>()).GetProperty("id").GetGuid();
        await page.GotoAsync("/school-holidays");
        Assert.Equal(1, await page.Locator("table.holiday-list tbody tr").CountAsync());
        await Check(page, $"{width}: school holidays");
        await page.GotoAsync($"/school-holidays/{holiday}");
        await Check(page, $"{width}: a school holiday period to correct");
        await page.GotoAsync("/school-holidays/import");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "ferien.csv", MimeType = "text/csv", Buffer = "von;bis;bezeichnung\n18.05.2027;08.05.2027;Pfingstferien 2027\n"u8.ToArray() });
        await page.FormButton("holiday-check").ClickAsync();
        Assert.True(await page.Locator("#import-errors tbody tr").CountAsync() > 0);
        await Check(page, $"{width}: school holidays import report with errors");
        var partners = platform.Client("partners", tenant);
        var partner = await partners.Register(Partnering.Company("Nah Logistik", 49.45, 11.07, incomings: 40, sector: "52", register: "HRB 4711"));
        var contact = (await partners.PostAsJsonAsync($"/api/partners/{partner}/contacts",
            new { name = "Anna Schmidt", email = "anna.schmidt@example.de", legalBasis = "consent", basisDate = "2026-01-15" }).Created<JsonElement>()).GetProperty("id").GetGuid();
        await page.GotoAsync("/partners");
        await Check(page, $"{width}: partners");
        await page.GotoAsync("/partners/new");
        await page.FormButton("partner").ClickAsync();
        Assert.True(await page.Locator("#error-summary li").CountAsync() > 0);
        await Check(page, $"{width}: new partner with errors");
        await page.GotoAsync($"/partners/{partner}");
        Assert.Equal(1, await page.Locator("table.contact-list tbody tr").CountAsync());
        await Check(page, $"{width}: partner");
        await page.GotoAsync($"/partners/{partner}/edit");
        await page.Locator("#site-0-latitude").FillAsync("Nord");
        await page.FormButton("partner").ClickAsync();
        Assert.Equal("#site-0-latitude", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await Check(page, $"{width}: partner with an error");
        await page.GotoAsync($"/partners/{partner}/contacts/new");
        await page.Locator("#name").FillAsync("Ben Weber");
        await page.Locator("input[name='legalBasis'][value='consent']").CheckAsync();
        await page.FormButton("contact").ClickAsync();
        Assert.Equal("#basisDate", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await Check(page, $"{width}: new contact with an error");
        await page.GotoAsync($"/contacts/{contact}/personal-data");
        await Check(page, $"{width}: a contact's personal data");
        await page.GotoAsync($"/contacts/{contact}/erase");
        await page.FormButton("contact-erase").ClickAsync();
        Assert.Equal("#confirm", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        await Check(page, $"{width}: erasure unconfirmed");
        await page.GotoAsync("/imports?subject=partners");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "partner.csv", MimeType = "text/csv", Buffer = "name,sector\nTSV,04\n"u8.ToArray() });
        await page.Locator("form button[type='submit']:has-text('Datei prüfen')").ClickAsync();
        Assert.True(await page.Locator("#import-errors tbody tr").CountAsync() > 0);
        await Check(page, $"{width}: partner import report with errors");
        await page.GotoAsync($"/partners/{Guid.NewGuid()}");
        Assert.Equal("Nicht gefunden", await page.Heading());
        await Check(page, $"{width}: partner not found");
        await page.GotoAsync($"/surveys/{Guid.NewGuid()}");
        Assert.Equal("Nicht gefunden", await page.Heading());
        await Check(page, $"{width}: survey not found");
        await page.GotoAsync("/no/such/page");
        await Check(page, $"{width}: no such page");
        await page.Locator(".language-switch a[lang='en']").ClickAsync();
        await page.GotoAsync("/");
        Assert.Equal("Overview", await page.Heading());
        await Check(page, $"{width}: overview in English");
        await page.Locator("header form[action='/signout'] button").ClickAsync();
        await Check(page, $"{width}: signed out");

        var analyst = await browser.NewPageAsync(Web, width: width);
        await analyst.SignIn(tenant, Roles.RegionalAnalyst);
        await Check(analyst, $"{width}: the regional view");
        await analyst.GotoAsync("/gaps");
        await Check(analyst, $"{width}: not for your role");

        var steward = await browser.NewPageAsync(Web, width: width);
        await steward.SignIn(tenant, Roles.DataSteward);
        await Check(steward, $"{width}: data protection");
        await steward.Locator($"#raw-data tbody a[href='/data-protection/surveys/{survey}']").ClickAsync();
        await Check(steward, $"{width}: a survey's raw answers");
        await steward.Locator("#days").FillAsync("zehn");
        await steward.FormButton("survey-retention").ClickAsync();
        Assert.Equal(1, await steward.Locator("#error-summary li").CountAsync());
        await Check(steward, $"{width}: retention with errors");
        await steward.GotoAsync("/data-protection/audit");
        await Check(steward, $"{width}: audit log");
        await steward.GotoAsync("/region/consent");
        await Check(steward, $"{width}: consent to the regional view");
    }

    [Fact]
    public async Task By_keyboard_alone_a_planner_signs_in_and_reaches_a_gaps_page()
    {
        var tenant = PlatformFixture.NewTenant();
        var (_, kita) = await platform.TwoGaps(tenant);
        var page = await browser.NewPageAsync(Web);
        await page.GotoAsync("/");

        // The first field has the focus when the sign-in page opens.
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.name === 'tenant'"));
        await page.Keyboard.TypeAsync(tenant.Value);
        await page.TabTo("input[name='role'][value='planner']");
        await page.Keyboard.PressAsync("Space");
        await page.TabTo("main form button[type='submit']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Web.AbsoluteUri);

        await page.TabTo("nav.site-nav a[href='/gaps']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(Web, "/gaps").AbsoluteUri);
        await page.TabTo($"table.gap-list a[href='/gaps/{kita.Id}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(Web, $"/gaps/{kita.Id}").AbsoluteUri);
        Assert.Equal("Kita (Ü3) in Ortsteil mitte: Zeitlich", await page.Heading());

        // The week table scrolls in its own region when narrow; the region takes the focus so it can be scrolled by keyboard.
        await page.TabTo("div.table-scroll[role='region']");

        // The what-if: choose the offer, type the hours, send with Enter, read the effect.
        await page.TabTo("nav.site-nav a[href='/what-if']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(Web, "/what-if").AbsoluteUri);
        await page.TabTo("#offer");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.TabTo("#hours");
        await page.Keyboard.TypeAsync("Mo-Fr 08:00-18:00");
        await page.TabTo("#places");
        await page.Keyboard.TypeAsync("10");
        await page.SubmitBy("Enter");
        Assert.Contains("schließt sich", await page.Locator("table.gap-outcomes").InnerTextAsync());
        await page.TabTo("#effectiveFrom");

        // A survey: from the list to its page, past the letters' fields, closing ticked by Space and sent with Enter.
        var survey = (await platform.Client("surveys", tenant).List<JsonElement>("/api/surveys")).Single().GetProperty("id").GetGuid();
        await page.TabTo("nav.site-nav a[href='/surveys']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(Web, "/surveys").AbsoluteUri);
        await page.TabTo($"table.survey-list a[href='/surveys/{survey}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(Web, $"/surveys/{survey}").AbsoluteUri);
        await page.TabTo("#letter-count");
        await page.TabTo("#letter-language");
        await page.TabTo("#close");
        await page.Keyboard.PressAsync("Space");
        await page.TabTo("form:has(input[name='_handler'][value='survey-close']) button[type='submit']");
        await page.SubmitBy("Enter");
        Assert.Contains("geschlossen", await page.Locator(".kern-alert--success").InnerTextAsync());
    }

    /// <summary>
    /// A planners' application whose Gaps.Service cannot be reached (PlannerWebProcess): the parts that need
    /// it say so, the rest of each page is there, and nothing crashes — at 1280 and at 640 px, accessible.
    /// </summary>
    [Fact]
    public async Task When_the_gaps_service_cannot_be_reached_its_parts_say_so_and_the_rest_works()
    {
        var tenant = PlatformFixture.NewTenant();
        var (krippe, _) = await platform.TwoGaps(tenant);
        var survey = (await platform.Client("surveys", tenant).List<JsonElement>("/api/surveys")).Single().GetProperty("id").GetGuid();
        var nextWave = await platform.PublishedSurvey(tenant);
        await using var withoutGaps = await PlannerWebProcess.WithoutAsync(platform, "gaps");

        foreach (var width in new[] { 1280, 640 })
        {
            var page = await browser.NewPageAsync(withoutGaps.Address, width: width);
            await page.SignIn(tenant);

            var gapsSection = page.Locator("section[aria-labelledby='gaps-title']");
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await gapsSection.Locator(".kern-alert--danger").InnerTextAsync());
            Assert.Equal("Antworten bisher: 3", await page.Locator("#responses-total").InnerTextAsync());
            Assert.Equal(0, await page.Locator("section[aria-labelledby='surveys-title'] .kern-alert--danger").CountAsync());
            await Check(page, $"{width}: overview, gaps unreachable");

            var list = await page.GotoAsync("/gaps");
            Assert.Equal(503, list!.Status);
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await page.MainText());
            Assert.Equal(1, await page.Locator("nav.site-nav").CountAsync());
            await Check(page, $"{width}: gaps, gaps unreachable");

            var year = await page.GotoAsync("/planning-year");
            Assert.Equal(503, year!.Status);
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await page.MainText());
            Assert.Equal(0, await page.Locator("main form").CountAsync());

            var incoming = await page.GotoAsync("/incoming");
            Assert.Equal(503, incoming!.Status);
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await page.MainText());

            var gap = await page.GotoAsync($"/gaps/{krippe.Id}");
            Assert.Equal(503, gap!.Status);
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await page.MainText());
            await Check(page, $"{width}: gap page, gaps unreachable");

            var map = await page.GotoAsync("/map");
            Assert.Equal(503, map!.Status);
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await page.MainText());
            Assert.Equal(0, await page.Locator("svg.area-map").CountAsync());
            await Check(page, $"{width}: map, gaps unreachable");

            var waves = await page.GotoAsync($"/surveys/waves?first={survey}&second={nextWave}");
            Assert.Equal(503, waves!.Status);
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await page.MainText());
            Assert.Equal(0, await page.Locator("table.wave-table").CountAsync());
            await Check(page, $"{width}: survey waves, gaps unreachable");

            var holidays = await page.GotoAsync("/school-holidays");
            Assert.Equal(503, holidays!.Status);
            Assert.Contains("Der Dienst „Lücken“ antwortet gerade nicht", await page.MainText());
            Assert.Equal(0, await page.Locator("form:has(input[name='_handler'][value='holiday-add'])").CountAsync());
            await Check(page, $"{width}: school holidays, gaps unreachable");

            var file = await page.GotoAsync("/exports/gaps.csv");
            Assert.Equal(503, file!.Status);
            Assert.Equal(1, await page.Locator("nav.site-nav").CountAsync());
            await Check(page, $"{width}: an export, gaps unreachable");
        }
    }

    /// <summary>
    /// A planners' application whose Surveys.Service cannot be reached: each survey page says so where its figures would
    /// be, the inventory pages are untouched — at 1280 and at 640 px, accessible.
    /// </summary>
    [Fact]
    public async Task When_the_surveys_service_cannot_be_reached_the_survey_pages_say_so_and_the_rest_works()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        await using var withoutSurveys = await PlannerWebProcess.WithoutAsync(platform, "surveys");
        const string down = "Der Dienst „Befragungen“ antwortet gerade nicht";

        foreach (var width in new[] { 1280, 640 })
        {
            var page = await browser.NewPageAsync(withoutSurveys.Address, width: width);
            await page.SignIn(tenant);

            await page.GotoAsync("/surveys");
            Assert.Contains(down, await page.Locator("section[aria-labelledby='list-title'] .kern-alert--danger").InnerTextAsync());
            Assert.Equal(1, await page.Locator("#municipality").CountAsync());
            await Check(page, $"{width}: surveys, surveys unreachable");

            foreach (var path in new[] { $"/surveys/{survey}", $"/surveys/{survey}/import", "/weighting", "/surveys/waves" })
            {
                var response = await page.GotoAsync(path);
                Assert.Equal(503, response!.Status);
                Assert.Contains(down, await page.MainText());
                Assert.Equal(1, await page.Locator("nav.site-nav").CountAsync());
                await Check(page, $"{width}: {path}, surveys unreachable");
            }

            var offers = await page.GotoAsync("/offers");
            Assert.Equal(200, offers!.Status);
            Assert.Equal(0, await page.Locator(".kern-alert--danger").CountAsync());
        }
    }
}
