using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.Playwright;
using static GutAusgestattet.FunctionalTests.Partnering;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The closed loop walked as a planner walks it, in a real browser on the running services: a time gap on the overview,
/// the partners suggested for it, an outreach moved to agreed (one step refused), the agreement checked against the gaps
/// before it is saved, the planned change in the inventory, made to take effect — and the gap resolved on the overview
/// and listed on the partner's page.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerClosedLoopTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    [Fact]
    public async Task A_planner_closes_a_time_gap_with_a_company_won_for_longer_Kita_hours_from_the_overview_to_the_partners_page()
    {
        var tenant = PlatformFixture.NewTenant();
        var (_, kita) = await platform.TwoGaps(tenant); // Kita Sonnenblume in mitte open Mo–Fr 08–16; 3 persons need Tuesday 16–18
        var partners = platform.Client("partners", tenant);
        // Next to the centre TwoGaps gives mitte in the end (48.14, 11.58: its facility's).
        var company = await partners.Register(Company("Nah Logistik", 48.142, 11.582, incomings: 60));
        await Eventually.Get(() => partners.GetFromJsonAsync<JsonElement>($"/api/outreach/gaps/{kita.Key}/suggestions"),
            s => s.GetProperty("suggestions").EnumerateArray().Any(x => x.GetProperty("partnerId").GetGuid() == company), "Partners to suggest the company for the time gap");
        var offer = (await platform.Client("inventory", tenant).List<JsonElement>("/api/offers")).Single().GetProperty("id").GetGuid();
        var page = await browser.NewPageAsync(Web);
        await LastVisitedJustNow(page, tenant);
        await page.SignIn(tenant, path: "/");

        // The overview counts one time gap; from its page to the partners suggested for it, and the outreach started.
        Assert.Equal("1", await page.Locator("#count-time .kind-count").InnerTextAsync());
        await page.Locator("#count-time a").ClickAsync();
        await page.Locator($"table.gap-list tbody th a[href='/gaps/{kita.Id}']").ClickAsync();
        await page.Locator($"main a[href='/gaps/{kita.Id}/suggestions']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/gaps/{kita.Id}/suggestions").AbsoluteUri);
        Assert.Contains("Nah Logistik", await page.Locator("ol.suggestions > li").First.InnerTextAsync());
        await Screenshots.PlannerAsync(page, "suggestions");
        await Check(page, "suggestions");
        await page.Locator($"button[name='partner'][value='{company}']").ClickAsync();
        await page.Locator(".kern-alert--success a[href='/outreach']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, "/outreach").AbsoluteUri);
        var id = Guid.Parse((await page.Locator("li.board-card").First.GetAttributeAsync("id"))!["outreach-".Length..]);

        // On the board: contacted, in talks; back to contacted is refused with the steps allowed; then agreed.
        await Move(page, id, "contacted");
        await Move(page, id, "inTalks");
        await page.Locator($"#move-{id}").SelectOptionAsync("contacted");
        await page.FormButton($"move-{id}").ClickAsync();
        Assert.Contains("Möglich ist: vereinbart, abgelehnt oder pausiert.", await page.Locator("#error-summary").InnerTextAsync());
        await Screenshots.PlannerAsync(page, "outreach-board");
        await Check(page, "board with a refused step");
        await Move(page, id, "agreed");
        await Check(page, "board");
        foreach (var path in new[] { $"/outreach/{id}", "/outreach/due", "/outreach/funnel" })
        {
            await page.GotoAsync(path);
            await Check(page, path);
        }
        await page.GotoAsync("/outreach");

        // The agreement: the Kita stays open until 18:00 from tomorrow for a year, the company paying the late hours.
        await page.Locator($"#outreach-{id} a:has-text('Vereinbarung erfassen')").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/agreements/new?outreach={id}").AbsoluteUri);
        Assert.True(await page.Locator($"input[name='partners'][value='{company}']").IsCheckedAsync());
        Assert.True(await page.Locator($"input[name='gaps'][value='{kita.Key}']").IsCheckedAsync());
        // Checked without saying what changes: the form names what is missing and keeps what was chosen.
        await page.Locator("button[name='intent'][value='preview']").ClickAsync();
        Assert.True(await page.Locator("#error-summary li").CountAsync() > 0);
        Assert.True(await page.Locator($"input[name='partners'][value='{company}']").IsCheckedAsync());
        await Check(page, "agreement form with errors");
        await page.Locator("#kind-extendedHours").CheckAsync();
        await page.Locator("#change").SelectOptionAsync($"offer:{offer}");
        await page.Locator("#openingHours").FillAsync("Mo-Fr 08:00-18:00");
        var from = MunicipalTime.Today.AddDays(1);
        await page.Locator("#from").FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var until = from.AddYears(1).AddDays(-1);
        await page.Locator("#until").FillAsync(until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#funding").FillAsync("Nah Logistik trägt die Personalkosten 16–18 Uhr");

        // Before saving: what the change would do to the gaps — it closes the time gap, and nothing is stored yet.
        await page.Locator("button[name='intent'][value='preview']").ClickAsync();
        Assert.Equal("Schließt 1 von 1 gewählten Lücken.", await page.Locator("#effect-summary").InnerTextAsync());
        Assert.Contains("schließt sich", await page.Locator("table.gap-outcomes tbody tr:has-text('Kita (Ü3) in Ortsteil mitte')").InnerTextAsync());
        Assert.Contains("08:00–18:00", await page.Locator("table.week-preview tbody tr").Nth(1).InnerTextAsync());
        Assert.Empty(await partners.List<JsonElement>("/api/agreements"));
        await Screenshots.PlannerAsync(page, "agreement");
        await Check(page, "agreement form with its effect");
        await page.Locator("button[name='intent'][value='save']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/agreements/") && url.EndsWith("?done=recorded", StringComparison.Ordinal));
        Assert.Equal("Längere Öffnungszeiten mit Nah Logistik", await page.Heading());

        // Inventory plans it from its event; the gaps' planned state shows the gap closed by then.
        var planned = await page.ReloadUntil("#inventory-state", "Geplante Änderung", "Inventory to plan the agreed change");
        Assert.Contains($"ab {from.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}", planned);
        Assert.Contains("Mo-Fr 08:00-18:00", planned);
        // What it adds ends with its last day: the Kita's hours as before, planned for the day after.
        var end = await page.Locator("#inventory-end").InnerTextAsync();
        Assert.Contains($"ab {until.AddDays(1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}: Mo-Fr 08:00-16:00", end);
        await page.ReloadUntil("ul.planned-gaps", "dann geschlossen", "the gaps service to count the planned change");
        await Check(page, "agreement");

        // In the inventory the change waits for its day, the end after it; the planner makes the change take effect now.
        await page.Locator($"main a[href='/offers/{offer}']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/offers/{offer}").AbsoluteUri);
        await page.Locator("nav.site-nav a[href='/offers']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, "/offers").AbsoluteUri);
        Assert.Contains("Mo-Fr 08:00-18:00", await page.Locator($"#offer-{offer} .planned-change").First.InnerTextAsync());
        Assert.Contains("Mo-Fr 08:00-16:00", await page.Locator($"#offer-{offer} .planned-change").Last.InnerTextAsync());
        await page.Locator($"#offer-{offer} .planned-change button").First.ClickAsync();
        await page.Locator(".kern-alert--success").WaitForAsync();
        Assert.Equal("Mo-Fr 08:00-18:00", await page.Locator($"#offer-{offer} td code").First.InnerTextAsync());
        Assert.Contains("Mo-Fr 08:00-16:00", await page.Locator($"#offer-{offer} .planned-change").InnerTextAsync());

        // The gap is resolved on the overview, and the partner's page lists it among the gaps its agreement addressed, closed.
        await page.Locator("nav.site-nav a[href='/']").ClickAsync();
        await page.ReloadUntil("ul.gap-changes", "Behoben", "the gap to resolve");
        Assert.Contains("Kita (Ü3) in Ortsteil mitte", await page.Locator("ul.gap-changes li:has-text('Behoben')").InnerTextAsync());
        Assert.Equal("0 neu erkannt, 0 verändert, 1 behoben.", await page.Locator("#change-counts").InnerTextAsync());
        Assert.Equal("0", await page.Locator("#count-time .kind-count").InnerTextAsync());
        await page.GotoAsync($"/partners/{company}");
        Assert.Contains("Längere Öffnungszeiten", await page.Locator("table.agreement-list").InnerTextAsync());
        await page.ReloadUntil("ul.addressed-gaps", "geschlossen am", "Partners to learn that the gap resolved");
        await Check(page, "partner with an agreement");
        await page.Locator($"table.agreement-list a[href^='/agreements/']").ClickAsync();
        Assert.Equal("Längere Öffnungszeiten mit Nah Logistik", await page.Heading());

        // Another municipality's planner typing these addresses: not found, nothing shown.
        await browser.NotFoundForAnotherMunicipality(Web, [new Uri(page.Url).PathAndQuery, $"/agreements/new?outreach={id}"], "Nah Logistik", "Sonnenblume");
    }

    /// <summary>Accessible and without sideways scrolling at 1280 px and at 640 px (200 % zoom); back at 1280 for the walk.</summary>
    private static async Task Check(IPage page, string state)
    {
        foreach (var width in new[] { 640, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.AssertAccessibleAndFitsAsync($"{width}: {state}");
        }
    }

    /// <summary>
    /// The planner's previous visit to the overview ended after the gaps were found (the cookie the overview writes): the
    /// gap resolved later is news on this visit. On a first visit it would not be — it came and went within the week looked back on.
    /// </summary>
    private async Task LastVisitedJustNow(IPage page, Ags tenant)
    {
        var ended = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var seconds = ended.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await page.Context.AddCookiesAsync([new Cookie { Name = "planner-visit", Value = $"{tenant.Value}|{seconds}|{seconds}", Url = Web.AbsoluteUri }]);
        if (ended - DateTimeOffset.UtcNow is { Ticks: > 0 } wait) await Task.Delay(wait);
    }

    /// <summary>"Verschieben nach" on the card, and the card in its new column.</summary>
    private static async Task Move(IPage page, Guid id, string stage)
    {
        await page.Locator($"#move-{id}").SelectOptionAsync(stage);
        await page.FormButton($"move-{id}").ClickAsync();
        await page.Locator($"section[aria-labelledby='column-{stage}'] #outreach-{id}").WaitForAsync();
    }
}
