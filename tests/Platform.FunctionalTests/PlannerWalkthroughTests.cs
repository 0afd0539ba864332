using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.FunctionalTests.Browsing;
using Microsoft.Playwright;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// A planner walks the measure in the browser on the real services: brings the municipality's areas and Kitas in from
/// CSV, sees the gap the households' answers make, tries new hours, plans them, and sees the gap resolved when they apply.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerWalkthroughTests(PlatformFixture platform, BrowserFixture browser)
{
    private const string Areas = "code,name,latitude,longitude\naltstadt,Altstadt,49.5200,11.2000\nmitte,Mitte,49.4490,11.0800\n";

    private const string OffersHeader = "facility_key,facility_name,latitude,longitude,area_code,offer_key,name,category,places,opening_hours,short_term\n";
    private const string Sonnenblume = "kita-sonne,Kita Sonnenblume,49.4490,11.0800,mitte,kita-sonne-ue3,Kita Sonnenblume Ü3,kita,10,Mo-Fr 08:00-16:00,ja\n";

    private static string Mond(string latitude) => $"kita-mond,Kita Mond,{latitude},11.2000,altstadt,kita-mond-ue3,Kita Mond Ü3,kita,20,Mo-Fr 07:00-17:00,ja\n";

    [Fact]
    public async Task A_planner_imports_the_offers_sees_the_time_gap_plans_longer_hours_and_sees_the_gap_resolved_when_they_apply()
    {
        var tenant = PlatformFixture.NewTenant();
        var page = await browser.NewPageAsync(platform.WebAddress("planner-web"));
        await page.SignIn(tenant);

        // Areas (Altstadt some 10 km from Mitte, too far to serve it), then the Kitas: first with a latitude off the globe in line 3, which the check names and stores nothing of.
        await page.Locator("nav.site-nav a[href='/imports']").ClickAsync();
        await Check(page, "areas", "ortsteile.csv", Areas);
        Assert.Equal("Die Datei ist fehlerfrei. Beim Import: 2 neu, 0 geändert, 0 unverändert.", await page.Locator("#report-verdict").InnerTextAsync());
        await page.Locator("form button:has-text('Jetzt importieren')").ClickAsync();
        Assert.Equal("2 neu, 0 geändert, 0 unverändert.", await page.Locator("#import-result").InnerTextAsync());

        await Check(page, "offers", "kitas.csv", OffersHeader + Sonnenblume + Mond("94.1"));
        Assert.StartsWith("Die Datei hat 1 Fehler; nichts wurde gespeichert.", await page.Locator("#error-summary li").InnerTextAsync());
        var error = await page.Locator("#import-errors tbody tr").InnerTextAsync();
        Assert.Contains("Zeile 3", error);
        Assert.Contains("latitude", error);
        Assert.Equal(0, await page.Locator("form button:has-text('Jetzt importieren')").CountAsync());
        await page.Locator("nav.site-nav a[href='/offers']").ClickAsync();
        Assert.Contains("Noch keine Angebote.", await page.MainText());

        await page.Locator("nav.site-nav a[href='/imports']").ClickAsync();
        await Check(page, "offers", "kitas.csv", OffersHeader + Sonnenblume + Mond("49.5200"));
        // Each row says where its area came from, in German.
        Assert.Equal("Ortsteil mitte: in der Datei angegeben", await page.Locator(".import-reasons li").First.InnerTextAsync());
        await page.Locator("form button:has-text('Jetzt importieren')").ClickAsync();
        Assert.Equal("2 neu, 0 geändert, 0 unverändert.", await page.Locator("#import-result").InnerTextAsync());

        // Households answer: three need a Kita in Mitte on Tuesday 16–18, after the Sonnenblume closes.
        await platform.SurveysKnow(tenant, "altstadt", "mitte");
        var survey = await platform.PublishedSurvey(tenant);
        var surveys = platform.App.CreateHttpClient("surveys");
        object Tuesday = new[] { new { day = "tuesday", from = "16:00", to = "18:00", overnight = false } };
        await surveys.SendAsync(Submit(survey, Answer(area: "mitte", category: "kita", persons: 3, windows: Tuesday, from: null, until: null))).Created<JsonElement>();
        var gaps = platform.Client("gaps", tenant);
        var gap = (await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Any(x => x.Key == "kita:mitte:time"), "the Kita time gap in Mitte"))
            .Single(g => g.Key == "kita:mitte:time");

        // The overview counts it; its page shows the week: 3 persons on Tuesday 16–18.
        await page.Locator("nav.site-nav a[href='/']").ClickAsync();
        Assert.Equal("1", await page.Locator("#count-time .kind-count").InnerTextAsync());
        await Screenshots.PlannerAsync(page, "overview");
        await page.Locator("#count-time a").ClickAsync();
        await page.Locator("table.gap-list tbody th a").ClickAsync();
        Assert.Equal("Kita (Ü3) in Mitte: Zeitlich", await page.Heading());
        Assert.Equal("3", await page.WeekCell(day: 1, block: 8));
        await Screenshots.PlannerAsync(page, "gap");

        // What if the Sonnenblume stayed open until 18:00? While the planner types, the week follows, and a text Inventory
        // cannot read says why — before anything is sent.
        await page.Locator("nav.site-nav a[href='/offers']").ClickAsync();
        await page.Locator("table.offer-list tr:has-text('Kita Sonnenblume Ü3') a:has-text('Was wäre wenn')").ClickAsync();
        Assert.Equal("Mo-Fr 08:00-16:00", await page.Locator("#hours").InputValueAsync());
        await page.Locator("#hours").FillAsync("Mo-Fr 08:00-17:30");
        await page.Locator("#week-status:has-text('Gelesen als: Mo-Fr 08:00-17:30')").WaitForAsync();
        Assert.Contains("08:00–17:30", await page.Locator("#week-live table.week-preview tbody tr").Nth(1).InnerTextAsync());
        await page.Locator("#hours").FillAsync("Mo-Fr 08:00-25:00");
        await page.Locator("#week-status:has-text('Die Öffnungszeiten sind nicht lesbar')").WaitForAsync();
        Assert.Equal(0, await page.Locator("#week-live table").CountAsync());

        // Sent anyway, it is refused at the field.
        await page.Locator("form.what-if-form button").ClickAsync();
        Assert.Contains("Die Öffnungszeiten sind nicht lesbar", await page.Locator("#hours-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator("#hours").GetAttributeAsync("aria-invalid"));

        await page.Locator("#hours").FillAsync("Mo-Fr 08:00-18:00");
        await page.Locator("form.what-if-form button").ClickAsync();
        var outcome = page.Locator("table.gap-outcomes tbody tr:has-text('Kita (Ü3) in Mitte: Zeitlich')");
        Assert.Contains("schließt sich", await outcome.InnerTextAsync());
        var tuesday = await page.Locator("table.week-preview tbody tr").Nth(1).InnerTextAsync();
        Assert.Contains("Dienstag", tuesday);
        Assert.Contains("08:00–16:00", tuesday);
        Assert.Contains("08:00–18:00", tuesday);
        await Screenshots.PlannerAsync(page, "what-if");
        // Typing again after the calculation marks the effect as belonging to the hours calculated; back to them, it fits again.
        var stale = page.Locator("[data-tried-hours]");
        await page.Locator("#hours").FillAsync("Mo-Fr 08:00-19:00");
        await stale.WaitForAsync();
        await page.Locator("#hours").FillAsync("Mo-Fr 08:00-18:00");
        await stale.WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        // Planned from the day after tomorrow; today's offer and the gap stay as they are until then.
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);
        await page.Locator("#effectiveFrom").FillAsync(from.ToString("yyyy-MM-dd"));
        await page.Locator("form button:has-text('Änderung planen')").ClickAsync();
        Assert.Contains($"ändert sich ab {from:dd.MM.yyyy}", await page.Locator(".kern-alert--success").InnerTextAsync());
        Assert.True((await gaps.GetFromJsonAsync<Gap>($"/api/gaps/{gap.Id}"))!.Open);

        // The Kita starts early: the planned change applies now, and the gap is resolved.
        await page.Locator(".kern-alert--success a[href='/offers']").ClickAsync();
        var row = page.Locator("table.offer-list tr:has-text('Kita Sonnenblume Ü3')");
        Assert.Contains($"ab {from:dd.MM.yyyy}: Mo-Fr 08:00-18:00", await row.InnerTextAsync());
        await row.Locator("button:has-text('Schon jetzt wirksam machen')").ClickAsync();
        Assert.Contains("gilt jetzt", await page.Locator(".kern-alert--success").InnerTextAsync());
        Assert.Contains("Mo-Fr 08:00-18:00", await page.Locator("table.offer-list tr:has-text('Kita Sonnenblume Ü3')").InnerTextAsync());

        await Eventually.Get(async () => (await gaps.GetFromJsonAsync<Gap>($"/api/gaps/{gap.Id}"))!, g => !g.Open, "the time gap to be resolved");
        await page.GotoAsync($"/gaps/{gap.Id}");
        Assert.Contains("behoben am", await page.Locator("dl.gap-facts").InnerTextAsync());
        Assert.Contains("Behoben", await page.Locator("table.gap-history").InnerTextAsync());
    }

    private static async Task Check(IPage page, string subject, string fileName, string csv)
    {
        await page.Locator($"input[name='subject'][value='{subject}']").CheckAsync();
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.Locator("form button:has-text('Datei prüfen')").ClickAsync();
    }
}
