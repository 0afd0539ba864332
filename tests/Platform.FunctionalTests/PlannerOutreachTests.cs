using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GutAusgestattet.FunctionalTests.Browsing;
using Microsoft.Playwright;
using static GutAusgestattet.FunctionalTests.Partnering;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The outreach pages in a real browser on the running platform: from a gap's suggested partners to an agreed outreach,
/// moved on the board by keyboard alone, with a step Partners refuses, a note and owners, the steps due and the funnel.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PlannerOutreachTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    [GeneratedRegex(@"/gaps/[0-9a-f-]{36}/suggestions\?started=([0-9a-f-]{36})$")]
    private static partial Regex Started();

    [Fact]
    public async Task A_planner_approaches_a_suggested_partner_moves_the_outreach_by_keyboard_to_agreed_and_follows_it_in_the_due_steps_and_the_funnel()
    {
        var tenant = PlatformFixture.NewTenant();
        var gapKey = await platform.RealGap(tenant); // Kita in mitte, whose centre is 49.45, 11.07
        var partners = platform.Client("partners", tenant);
        var near = await partners.Register(Company("Nah Logistik", 49.452, 11.072, incomings: 60));
        var school = await partners.Register(Company("Schule am Rand", 49.52, 11.07, incomings: 2, sector: "85")); // ≈ 8 km
        var gapId = (await platform.Client("gaps", tenant).List<JsonElement>("/api/gaps"))
            .Single(g => g.GetProperty("key").GetString() == gapKey).GetProperty("id").GetGuid();
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant, path: $"/gaps/{gapId}");

        // The gap's page leads to its partners, ranked, each with its reasons in words.
        await page.Locator($"main a[href='/gaps/{gapId}/suggestions']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/gaps/{gapId}/suggestions").AbsoluteUri);
        var ranked = page.Locator("ol.suggestions > li");
        Assert.Equal(2, await ranked.CountAsync());
        Assert.Equal($"/partners/{near}", await ranked.First.Locator("h2 a").GetAttributeAsync("href"));
        var first = await ranked.First.InnerTextAsync();
        Assert.Contains("Nah an der Lücke", first);
        Assert.Contains("Viele Betroffene", first);
        Assert.Contains("60 Incomings", first);
        Assert.Contains("Die Branche passt zu dieser Betreuung", await ranked.Nth(1).InnerTextAsync());

        // A colleague approached the school meanwhile: starting it here too shows Partners' message and the way to theirs.
        var colleagues = await partners.PostAsJsonAsync("/api/outreach", new { partnerId = school, gapKeys = new[] { gapKey }, owner = "s.huber" }).Created<JsonElement>();
        await page.Locator($"button[name='partner'][value='{school}']").ClickAsync();
        var warning = page.Locator(".kern-alert--warning");
        Assert.Contains("already approached", await warning.InnerTextAsync());
        Assert.Equal($"/outreach/{colleagues.GetProperty("id").GetGuid()}", await warning.Locator("a").GetAttributeAsync("href"));

        await page.Locator($"button[name='partner'][value='{near}']").ClickAsync();
        await page.WaitForURLAsync(Started());
        var id = Guid.Parse(Started().Match(page.Url).Groups[1].Value);
        Assert.Contains("Ansprache an „Nah Logistik“ begonnen", await page.Locator(".kern-alert--success").InnerTextAsync());
        await page.Locator(".kern-alert--success a[href='/outreach']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, "/outreach").AbsoluteUri);
        Assert.Equal(1, await InColumn(page, "identified", id));

        // On the board by keyboard alone: identified → contacted → in talks.
        await MoveByKeyboard(page, id, "contacted", presses: 1);
        Assert.Contains("„Nah Logistik“ ist jetzt: angesprochen", await page.Locator(".kern-alert--success").InnerTextAsync());
        Assert.Equal(1, await InColumn(page, "contacted", id));
        await MoveByKeyboard(page, id, "inTalks", presses: 2);
        Assert.Equal(1, await InColumn(page, "inTalks", id));

        // Back to contacted is no step Partners allows: the card's field and the error summary name the ones it does.
        await MoveByKeyboard(page, id, "contacted", presses: 2);
        const string refused = "„angesprochen“ ist bei einer Ansprache im Stand „im Gespräch“ nicht möglich. Möglich ist: vereinbart, abgelehnt oder pausiert.";
        Assert.Equal(refused, (await page.Locator("#error-summary li").InnerTextAsync()).Trim());
        Assert.Equal($"#move-{id}", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Contains(refused, await page.Locator($"#move-{id}-error").InnerTextAsync());
        Assert.Equal("true", await page.Locator($"#move-{id}").GetAttributeAsync("aria-invalid"));
        Assert.Equal(1, await InColumn(page, "inTalks", id));

        // On the outreach's page: paused over the works holidays, with a note, its owner and whose the next step is, by when.
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        await page.Locator($"#outreach-{id} a[href='/outreach/{id}']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/outreach/{id}").AbsoluteUri);
        Assert.Equal("Ansprache: Nah Logistik", await page.Heading());
        Assert.Equal("Testzugang", await page.Locator("#owner").InputValueAsync());
        await page.Locator("#stage").SelectOptionAsync("paused");
        await page.Locator("#owner").FillAsync("k.meier");
        await page.Locator("#note").FillAsync("Betriebsferien bis Januar");
        await page.Locator("#nextDue").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#nextOwner").FillAsync("s.huber");
        await page.FormButton("step").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/outreach/{id}?done=step").AbsoluteUri);
        Assert.Contains("jetzt: pausiert", await page.Locator(".kern-alert--success").InnerTextAsync());
        var history = page.Locator("table.outreach-history tbody tr");
        Assert.Equal(4, await history.CountAsync());
        var newest = await history.First.InnerTextAsync();
        Assert.All(new[] { "im Gespräch → pausiert", "k.meier", "Betriebsferien bis Januar", $"bis {due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}: s.huber" },
            text => Assert.Contains(text, newest));

        // The next step is due for s.huber; the funnel counts it as having been in talks.
        await page.GotoAsync("/outreach/due");
        var dueForHuber = page.Locator("section:has(h2:text-is('Fällig für s.huber'))");
        Assert.Contains("Nah Logistik", await dueForHuber.InnerTextAsync());
        Assert.Contains(due.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), await dueForHuber.InnerTextAsync());
        await page.Locator("nav.sub-nav a[href='/outreach/funnel']").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, "/outreach/funnel").AbsoluteUri);
        Assert.Equal(["Im Gespräch", "0", "1"], await Cells(page.Locator("table.funnel-stages tbody tr").Nth(2)));
        Assert.Equal(["Ausgewählt → angesprochen", "2", "1", "50 %"], await Cells(page.Locator("table.funnel-conversions tbody tr").First));

        // Reopened on its page, back in talks; then agreed on the board, where only it offers to record the agreement.
        await page.GotoAsync($"/outreach/{id}");
        await page.Locator("#stage").SelectOptionAsync("reopen");
        await page.FormButton("step").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/outreach/{id}?done=step").AbsoluteUri);
        Assert.Contains("jetzt: im Gespräch", await page.Locator(".kern-alert--success").InnerTextAsync());
        Assert.Equal(0, await page.Locator("a:has-text('Vereinbarung erfassen')").CountAsync());
        await page.Locator("main a[href='/outreach']").ClickAsync();
        await page.Locator($"#move-{id}").SelectOptionAsync("agreed");
        await page.FormButton($"move-{id}").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/outreach?moved={id}").AbsoluteUri);
        Assert.Equal(1, await InColumn(page, "agreed", id));
        Assert.Equal(1, await page.Locator("a:has-text('Vereinbarung erfassen')").CountAsync());
        Assert.Equal($"/agreements/new?outreach={id}", await page.Locator($"#outreach-{id} a:has-text('Vereinbarung erfassen')").GetAttributeAsync("href"));

        // Another municipality's planner typing these addresses: not found, nothing shown.
        await browser.NotFoundForAnotherMunicipality(Web, [$"/outreach/{id}", $"/gaps/{gapId}/suggestions"], "Nah Logistik", "Betriebsferien", "Schule am Rand");
    }

    /// <summary>Whether the card is in the stage's column (1) or not (0).</summary>
    private static Task<int> InColumn(IPage page, string stage, Guid id) =>
        page.Locator($"section[aria-labelledby='column-{stage}'] #outreach-{id}").CountAsync();

    /// <summary>Tab to the card's "move to", choose the stage with the arrow key, Tab to its button and press Enter.</summary>
    private static async Task MoveByKeyboard(IPage page, Guid id, string stage, int presses)
    {
        await page.TabTo($"#move-{id}");
        for (var i = 0; i < presses; i++) await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(stage, await page.Locator($"#move-{id}").InputValueAsync());
        await page.TabTo($"#outreach-{id} form button[type='submit']");
        await page.SubmitBy("Enter");
    }

    private static async Task<List<string>> Cells(ILocator row) => [.. (await row.Locator("th, td").AllInnerTextsAsync()).Select(cell => cell.Trim())];
}
