using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The planners' application in a real browser on the running platform: what a planner does with the gaps households' answers made.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerWebTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    [Fact]
    public async Task A_planner_signs_in_sees_the_gap_counts_filters_and_sorts_the_gaps_and_reads_a_gaps_week_and_history()
    {
        var tenant = PlatformFixture.NewTenant();
        var (krippe, kita) = await platform.TwoGaps(tenant);
        var page = await browser.NewPageAsync(Web);

        await page.SignIn(tenant);
        Assert.Equal(Web.AbsoluteUri, page.Url);
        Assert.Equal($"Gemeinde {tenant.Value} · Rolle: Planung", await page.Locator("#signed-in-as").InnerTextAsync());

        // Overview: one content and one time gap; the survey with its three answers.
        Assert.Equal("Übersicht", await page.Heading());
        Assert.Equal(["1", "1", "0", "0"], await Task.WhenAll(new[] { "content", "time", "capacity", "feature" }
            .Select(kind => page.Locator($"#count-{kind} .kind-count").InnerTextAsync())));
        var countsTable = await page.Locator("table.gap-counts").InnerTextAsync();
        Assert.Contains("Krippe (U3)", countsTable);
        Assert.Contains("Kita (Ü3)", countsTable);
        Assert.Equal("Antworten bisher: 3", await page.Locator("#responses-total").InnerTextAsync());
        Assert.Contains("Veröffentlicht", await page.Locator("table.surveys").InnerTextAsync());

        // The list: most persons first, then by severity, then narrowed — each a plain GET with its own address.
        await page.Locator("nav.site-nav a[href='/gaps']").ClickAsync();
        Assert.Equal("2 von 2 offenen Lücken", await page.Locator("#result-count").InnerTextAsync());
        Assert.Equal(["Kita (Ü3) in Ortsteil mitte: Zeitlich", "Krippe (U3) in Ortsteil altstadt: Inhaltlich"], await page.GapRows());
        var kitaRow = await page.Locator("table.gap-list tbody tr").First.InnerTextAsync();
        Assert.Contains("Di 16:00–18:00", kitaRow);
        Assert.Contains("85,7", kitaRow);

        await page.Locator("input[name='sort'][value='severity']").CheckAsync();
        await page.Locator("form.gap-filters button[type='submit']").ClickAsync();
        Assert.Contains("sort=severity", page.Url);
        Assert.Equal(["Krippe (U3) in Ortsteil altstadt: Inhaltlich", "Kita (Ü3) in Ortsteil mitte: Zeitlich"], await page.GapRows());

        await page.Locator("select[name='kind']").SelectOptionAsync("time");
        await page.Locator("form.gap-filters button[type='submit']").ClickAsync();
        Assert.Equal(["Kita (Ü3) in Ortsteil mitte: Zeitlich"], await page.GapRows());
        Assert.Equal("time", await page.Locator("select[name='kind']").InputValueAsync());

        await page.Locator("select[name='kind']").SelectOptionAsync("");
        await page.Locator("select[name='area']").SelectOptionAsync("altstadt");
        await page.Locator("form.gap-filters button[type='submit']").ClickAsync();
        Assert.Equal(["Krippe (U3) in Ortsteil altstadt: Inhaltlich"], await page.GapRows());

        // The gap's page: its facts, its week as a table (Monday 06–08: 2 persons), its history.
        await page.Locator("table.gap-list tbody th a").First.ClickAsync();
        Assert.Equal(new Uri(Web, $"/gaps/{krippe.Id}").AbsoluteUri, page.Url);
        Assert.Equal("Krippe (U3) in Ortsteil altstadt: Inhaltlich", await page.Heading());
        var facts = await page.Locator("dl.gap-facts").InnerTextAsync();
        Assert.Contains("Mo 06:00–08:00", facts);
        Assert.Contains("100 von 100", facts);
        Assert.Contains("Ortsteil altstadt (altstadt)", facts);
        Assert.Contains("Wenige Antworten (1)", await page.MainText());
        Assert.Equal("2", await page.WeekCell(day: 0, block: 3));
        Assert.Contains("level-3", await page.Locator("table.week-table tbody tr").Nth(0).Locator("td").Nth(3).GetAttributeAsync("class"));
        Assert.Equal("0", await page.WeekCell(day: 0, block: 4));
        Assert.Equal("0", await page.WeekCell(day: 1, block: 3));
        Assert.Equal("Montag", await page.Locator("table.week-table tbody tr").Nth(0).Locator("th .visually-hidden").InnerTextAsync());
        var history = await page.Locator("table.gap-history tbody").InnerTextAsync();
        Assert.Contains("Erkannt", history);
        Assert.Contains("noch kein Partner angesprochen", await page.MainText());
        // No Krippe anywhere near altstadt: that is why it is a content gap.
        Assert.Equal("Kein Angebot dieser Kategorie liegt im Ortsteil oder in seinem Umkreis.", await page.Locator("#no-serving-offers").InnerTextAsync());

        // English pages, German figures.
        await page.Locator(".language-switch a[lang='en']").ClickAsync();
        Assert.Equal(new Uri(Web, $"/gaps/{krippe.Id}").AbsoluteUri, page.Url);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Krippe (U3) in Ortsteil altstadt: Content", await page.Heading());
        await page.GotoAsync($"/gaps/{kita.Id}");
        Assert.Contains("85,7 of 100", await page.Locator("dl.gap-facts").InnerTextAsync());
        Assert.Equal("3", await page.WeekCell(day: 1, block: 8));
        // The Kita the time gap is measured against, in the area, with its hours.
        var serving = await page.Locator("table.serving-offers tbody tr").AllInnerTextsAsync();
        Assert.Equal("Kita Sonnenblume", await page.Locator("table.serving-offers tbody th a").InnerTextAsync());
        Assert.Contains("Mo-Fr 08:00-16:00", Assert.Single(serving));
        Assert.Contains("in the area", serving[0]);
    }

    [Fact]
    public async Task A_planner_exports_the_view_of_the_gaps_list_as_files_and_a_file_to_pass_on_withholds_a_gap_on_one_response()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.TwoGaps(tenant);
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant, path: "/gaps?area=altstadt");

        await page.GetByRole(AriaRole.Link, new() { Name = "Diese Ansicht exportieren" }).ClickAsync();
        Assert.Equal(new Uri(Web, "/exports?area=altstadt").AbsoluteUri, page.Url);
        Assert.Equal("altstadt", await page.Locator("select[name='area']").InputValueAsync());
        Assert.Contains("Woche aktuell, heutige Angebote; Ortsteil altstadt; Alle Kategorien; Alle Arten; nur für Sie", await page.Locator("#view-summary").InnerTextAsync());
        await Screenshots.PlannerAsync(page, "exports");
        // An area alone has its picture too: all categories over the week.
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Woche als Bild (SVG)" }).CountAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tabelle als CSV" }).ClickAsync());
        Assert.Matches(@"^gaps-\d{4}-W\d{2}-altstadt\.csv$", download.SuggestedFilename);
        var own = (await System.IO.File.ReadAllTextAsync((await download.PathAsync())!)).TrimStart('\uFEFF').Split("\r\n");
        // German for Excel by default: ';', the decimal comma, the area's name beside its code.
        Assert.Equal(["krippe:altstadt:content;krippe;altstadt;Ortsteil altstadt;content;Mo 06:00–08:00;2;4;1;100;0,17;FALSCH;0;0;;0", ""], own[1..]);
        Assert.EndsWith("krippe:altstadt:content,krippe,altstadt,Ortsteil altstadt,content,Mo 06:00–08:00,2,4,1,100,0.17,false,0,0,,0\r\n",
            await FileBehind(page, "CSV auf Englisch (Komma, Dezimalpunkt; für Programme)"));

        await page.Locator("select[name='category']").SelectOptionAsync("krippe");
        await page.Locator("input[name='shared']").CheckAsync();
        await page.Locator("form.export-view button[type='submit']").ClickAsync();
        Assert.Contains("zum Weitergeben", await page.Locator("#view-summary").InnerTextAsync());
        var shared = await FileBehind(page, "Tabelle als CSV");
        Assert.EndsWith("krippe:altstadt:content;krippe;altstadt;Ortsteil altstadt;content;;;;;;;WAHR;0;0;;0\r\n", shared);
        var picture = await FileBehind(page, "Woche als Bild (SVG)");
        Assert.Equal("svg", System.Xml.Linq.XDocument.Parse(picture).Root!.Name.LocalName);
        Assert.Contains("1 Lücke auf weniger als 5 Antworten nicht eingezeichnet", picture);
        Assert.Contains("\"type\":\"FeatureCollection\"", await FileBehind(page, "Ortsteile mit ihren Lücken als GeoJSON"));

        // A week typed by hand where the browser has no week field: named at the field, and no file offered.
        var wrong = await page.GotoAsync("/exports?week=KW49&area=altstadt");
        Assert.Equal(400, wrong!.Status);
        Assert.Equal("Geben Sie eine Kalenderwoche wie 2026-W49 ein.", await page.Locator("#error-summary li").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#week").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Tabelle als CSV" }).CountAsync());

        // Another municipality's planner gets only their own (empty) table from the same address.
        var other = await browser.NewPageAsync(Web);
        await other.SignIn(PlatformFixture.NewTenant(), path: "/exports?area=altstadt");
        Assert.Equal(["Schlüssel;Kategorie;Gebiet;Gebietsname;Art;Zeitfenster;Personen (geschätzt);Personenstunden;Antworten;Schwere;Verlässlichkeit;Zurückgehalten;Angebote mit unbekannter Belegung;Plätze mit unbekannter Belegung;Fehlt;Belegplätze", ""],
            (await FileBehind(other, "Tabelle als CSV")).TrimStart('\uFEFF').Split("\r\n"));
    }

    /// <summary>The file behind a link of the page, fetched with the page's own sign-in cookie.</summary>
    private static async Task<string> FileBehind(IPage page, string link)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = link }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(href!);
        Assert.True(response.Ok, $"{href}: {response.Status}");
        return await response.TextAsync();
    }

    [Fact]
    public async Task A_planner_opens_the_map_and_reads_each_areas_uncovered_hours_for_the_category_with_the_most_and_for_another()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.TwoGaps(tenant);
        // mitte gets an outline around its centre (as a GeoJSON import would give it); altstadt stays a spot.
        (await platform.Client("inventory", tenant).PutAsJsonAsync("/api/areas/mitte", new
        {
            name = "Ortsteil mitte", latitude = 49.45, longitude = 11.07,
            outline = new { type = "Polygon", coordinates = new double[][][] { [[11.05, 49.44], [11.09, 49.44], [11.09, 49.46], [11.05, 49.46], [11.05, 49.44]] } },
        })).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant);

        // Kita has the most uncovered hours (3 persons × 2 h in mitte; Krippe 2 × 2 h in altstadt), so it comes first.
        await page.Locator("nav.site-nav a[href='/map']").ClickAsync();
        Assert.Equal(new Uri(Web, "/map").AbsoluteUri, page.Url);
        Assert.Equal("Karte", await page.Heading());
        Assert.Equal("kita", await page.Locator("select[name='category']").InputValueAsync());
        Assert.Equal(["Ortsteil mitte (mitte) | 6 | 3 | Lücken in Ortsteil mitte: 1", "Ortsteil altstadt (altstadt) | 0 | 0 | 0"], await page.MapRows());

        // One group per area, its outline or a spot at its centre, the shade repeating the table; covered areas in the lightest.
        var map = page.Locator("svg.area-map[role='img']");
        Assert.Contains("Kita (Ü3)", await map.GetAttributeAsync("aria-label"));
        Assert.Equal(2, await map.Locator("g.map-area").CountAsync());
        Assert.Equal("level-3", await map.Locator("g[data-area='mitte'] path").GetAttributeAsync("class"));
        Assert.Matches(@"^M [\d.]+ [\d.]+( L [\d.]+ [\d.]+){3} Z$", await map.Locator("g[data-area='mitte'] path").GetAttributeAsync("d"));
        Assert.Equal("Ortsteil mitte", await map.Locator("g.map-label[data-area='mitte'] text").TextContentAsync());
        Assert.Equal(0, await map.Locator("g[data-area='mitte'] circle").CountAsync());
        Assert.Equal("level-0", await map.Locator("g[data-area='altstadt'] circle").GetAttributeAsync("class"));
        Assert.Equal("Ortsteil mitte: 6 ungedeckte Personenstunden pro Woche", await map.Locator("g[data-area='mitte'] title").TextContentAsync());
        Assert.Equal(["keine (gedeckt)", "über 0 bis 2", "über 2 bis 4", "über 4 bis 6"],
            await page.Locator(".map-figure .shade-legend li").AllInnerTextsAsync());
        Assert.Contains("an ihrem Mittelpunkt", await page.Locator(".map-note").InnerTextAsync());
        await Screenshots.PlannerAsync(page, "map");

        await page.Locator("select[name='category']").SelectOptionAsync("krippe");
        await page.Locator("form.map-choice button[type='submit']").ClickAsync();
        Assert.Contains("category=krippe", page.Url);
        Assert.Equal(["Ortsteil altstadt (altstadt) | 4 | 2 | Lücken in Ortsteil altstadt: 1", "Ortsteil mitte (mitte) | 0 | 0 | 0"], await page.MapRows());
        Assert.Equal("level-3", await map.Locator("g[data-area='altstadt'] circle").GetAttributeAsync("class"));
        Assert.Equal("level-0", await map.Locator("g[data-area='mitte'] path").GetAttributeAsync("class"));
        Assert.Equal(["keine (gedeckt)", "über 0 bis 1,3", "über 1,3 bis 2,7", "über 2,7 bis 4"],
            await page.Locator(".map-figure .shade-legend li").AllInnerTextsAsync());

        // The area's gaps, in the list filtered by area and category.
        await page.Locator("table.map-table tbody tr[data-area='altstadt'] a").ClickAsync();
        Assert.Equal(new Uri(Web, "/gaps?area=altstadt&category=krippe").AbsoluteUri, page.Url);
        Assert.Equal(["Krippe (U3) in Ortsteil altstadt: Inhaltlich"], await page.GapRows());
    }

    /// <summary>Five households of a neighbouring municipality need a Krippe place near their workplace here: the planner reads it as its own layer.</summary>
    [Fact]
    public async Task A_planner_reads_the_demand_of_people_who_work_here_beside_the_gaps()
    {
        var (_, work, _) = await platform.WorkingNeighbours();
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(work, path: "/gaps");
        await page.Locator("a[href='/incoming']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, "/incoming").AbsoluteUri);

        var row = await Eventually.Get(async () =>
        {
            await page.ReloadAsync();
            return await page.Locator("#incoming-gewerbe-krippe").CountAsync() == 1 ? await page.Locator("#incoming-gewerbe-krippe").InnerTextAsync() : "";
        }, text => text.Length > 0, "the neighbours' answers to reach the page");
        Assert.Contains("Ortsteil gewerbe", row);
        Assert.Contains("Krippe (U3)", row);
        Assert.Contains("Mo 06:00–08:00", row);
        Assert.EndsWith("5", row.TrimEnd());
        Assert.Equal(0, await page.Locator("#no-consent").CountAsync());
        var table = await page.Context.APIRequest.GetAsync(new Uri(Web, "/incoming/incoming.csv").AbsoluteUri);
        Assert.Equal(200, table.Status);
        Assert.Contains("krippe;gewerbe;Ortsteil gewerbe;Mo 06:00–08:00;5;10;5", await table.TextAsync());
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_next_page_asks_to_sign_in_again()
    {
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(PlatformFixture.NewTenant());

        await page.Locator("header form[action='/signout'] button").ClickAsync();
        Assert.Equal("Sie sind abgemeldet", await page.Heading());
        await page.GotoAsync("/gaps");
        Assert.Contains("/signin/dev?returnUrl=%2Fgaps", page.Url);
    }

    [Fact]
    public async Task The_data_steward_gives_consent_on_a_form_and_the_regional_analyst_lands_on_the_districts_sums_where_one_municipality_is_withheld()
    {
        // State 06 is used by no other test, so the district holds only this test's municipality.
        var district = $"06{Random.Shared.Next(0, 1000):D3}";
        var tenant = Ags.Parse(district + "001");
        await platform.TwoGaps(tenant);
        // What leaves the municipality is the data steward's to decide, not a planner's.
        var planner = await browser.NewPageAsync(Web);
        await planner.SignIn(tenant, path: "/region/consent");
        Assert.Contains("/not-for-your-role", planner.Url);
        Assert.DoesNotContain("/region/consent", await planner.Locator("nav.site-nav").InnerHTMLAsync());
        planner = await browser.NewPageAsync(Web);
        await planner.SignIn(tenant, Roles.DataSteward, "/region/consent");

        Assert.Equal("Bisher nicht zugestimmt.", await planner.Locator("#consent-state").InnerTextAsync());
        await planner.Locator("input[name='consent'][value='true']").CheckAsync();
        await planner.Locator("main form button[type='submit']").ClickAsync();
        Assert.Contains("Gespeichert.", await planner.MainText());
        Assert.StartsWith("Zugestimmt am", await planner.Locator("#consent-state").InnerTextAsync());
        Assert.True((await platform.Client("gaps", tenant, Roles.DataSteward).GetFromJsonAsync<JsonElement>("/api/gaps/regional-consent")).GetProperty("consent").GetBoolean());

        var analyst = await browser.NewPageAsync(Web);
        await analyst.SignIn(Ags.Parse(district + "999"), Roles.RegionalAnalyst);
        Assert.Equal(new Uri(Web, "/region").AbsoluteUri, analyst.Url);
        Assert.Equal($"Regionalansicht Kreis {district}", await analyst.Heading());
        Assert.Equal(["Regionalansicht"], await analyst.Locator("nav.site-nav a").AllInnerTextsAsync());
        Assert.Equal("Zustimmende Gemeinden: 1", await analyst.Locator("#consenting").InnerTextAsync());
        // One municipality's gaps alone would be its own figures: every row is withheld, no number of it appears.
        var rows = await analyst.Locator("table.region-gaps tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Contains("zurückgehalten", row));
        await Screenshots.PlannerAsync(analyst, "region");

        var gaps = await analyst.GotoAsync("/gaps");
        Assert.Equal(403, gaps!.Status);
        Assert.Equal("Diese Seite ist nicht für Ihre Rolle", await analyst.Heading());
        Assert.Contains("Rolle: Regionalanalyse", await analyst.MainText());
        await analyst.GetByRole(AriaRole.Link, new() { Name = "Zur Regionalansicht" }).ClickAsync();
        Assert.Equal(new Uri(Web, "/region").AbsoluteUri, analyst.Url);
    }

    [Fact]
    public async Task A_planner_of_another_municipality_gets_not_found_for_a_gaps_address_and_never_its_figures()
    {
        var tenantA = PlatformFixture.NewTenant();
        var (krippe, _) = await platform.TwoGaps(tenantA);
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(PlatformFixture.NewTenant(), path: $"/gaps/{krippe.Id}");

        var response = await page.ReloadAsync();
        Assert.Equal(404, response!.Status);
        Assert.Equal("Nicht gefunden", await page.Heading());
        var shown = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("altstadt", shown);
        Assert.DoesNotContain("Krippe", shown);

        await page.GotoAsync("/gaps");
        Assert.Equal("0 von 0 offenen Lücken", await page.Locator("#result-count").InnerTextAsync());

        // The what-if's live week does not show another municipality's offer either.
        var offer = (await platform.Client("inventory", tenantA).List<JsonElement>("/api/offers")).Single().GetProperty("id").GetGuid();
        var week = await page.APIRequest.GetAsync($"/what-if/week?offer={offer}&hours=Mo-Fr%2008:00-18:00");
        Assert.Equal(404, week.Status);
        Assert.DoesNotContain("08:00–16:00", await week.TextAsync());
    }

    [Fact]
    public async Task Without_JavaScript_the_filters_and_sign_in_work_the_same()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.TwoGaps(tenant);
        var page = await browser.NewPageAsync(Web, javaScript: false);
        await page.SignIn(tenant, path: "/gaps?kind=content");

        Assert.Equal(["Krippe (U3) in Ortsteil altstadt: Inhaltlich"], await page.GapRows());
        await page.Locator("select[name='kind']").SelectOptionAsync("");
        await page.Locator("select[name='category']").SelectOptionAsync("kita");
        await page.Locator("form.gap-filters button[type='submit']").ClickAsync();
        Assert.Equal(["Kita (Ü3) in Ortsteil mitte: Zeitlich"], await page.GapRows());
    }
}
