using System.Text.RegularExpressions;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>A planner's moves in the planners' application, by the controls' names and addresses (the same in both languages).</summary>
public static class PlannerPages
{
    /// <summary>Signs in through the development sign-in page, as a person would: the page asked for first, then the form.</summary>
    public static async Task SignIn(this IPage page, Ags tenant, string role = Roles.Planner, string path = "/")
    {
        await page.GotoAsync(path);
        Assert.Contains("/signin/dev", page.Url);
        await page.Locator("input[name='tenant']").FillAsync(tenant.Value);
        await page.Locator($"input[name='role'][value='{role}']").CheckAsync();
        await page.Locator("main form button[type='submit']").ClickAsync();
        // The click returns before the post and its redirect are done; a reload or a new address in between finds the
        // page detached ("Not attached to an active page").
        await page.WaitForURLAsync(url => !url.Contains("/signin/dev"));
    }

    /// <summary>The submit button of the Blazor form named <paramref name="form"/> (its @formname, sent as <c>_handler</c>).</summary>
    public static ILocator FormButton(this IPage page, string form) => page.Locator($"form:has(input[name='_handler'][value='{form}']) button[type='submit']");

    /// <summary>
    /// Another municipality's planner typing these addresses: "not found" (404) for each, none of <paramref name="hidden"/>
    /// anywhere on the page. The page stays signed in, to try more.
    /// </summary>
    public static async Task<IPage> NotFoundForAnotherMunicipality(this BrowserFixture browser, Uri web, string[] paths, params string[] hidden)
    {
        var other = await browser.NewPageAsync(web);
        await other.SignIn(PlatformFixture.NewTenant(), path: paths[0]);
        foreach (var path in paths)
        {
            var response = await other.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            Assert.Equal("Nicht gefunden", await other.Heading());
            var shown = await other.Locator("body").InnerTextAsync();
            Assert.All(hidden, text => Assert.DoesNotContain(text, shown));
        }
        return other;
    }

    /// <summary>Reloads the page until the element shows <paramref name="text"/>: what a planner does while a service takes an event in.</summary>
    public static Task<string> ReloadUntil(this IPage page, string selector, string text, string what) =>
        Eventually.Get(async () =>
        {
            await page.ReloadAsync();
            var shown = page.Locator(selector);
            return await shown.CountAsync() == 0 ? "" : await shown.First.InnerTextAsync();
        }, shown => shown.Contains(text, StringComparison.Ordinal), what, seconds: 60);

    public static Task<string> MainText(this IPage page) => page.Locator("main").InnerTextAsync();

    public static Task<string> Heading(this IPage page) => page.Locator("main h1").InnerTextAsync();

    /// <summary>The gap links of the gaps list, in the order shown.</summary>
    public static async Task<List<string>> GapRows(this IPage page) =>
        [.. await page.Locator("table.gap-list tbody th a").AllInnerTextsAsync()];

    /// <summary>The figure in the week table for one weekday (0 = Monday) and two-hour block (3 = 06–08).</summary>
    public static Task<string> WeekCell(this IPage page, int day, int block) =>
        page.Locator("table.week-table tbody tr").Nth(day).Locator("td").Nth(block).InnerTextAsync();

    /// <summary>
    /// The map's table, a row per area as shown: area, uncovered person-hours, peak persons, open gaps (with the link's
    /// hidden words, which the browser sets on a line of their own).
    /// </summary>
    public static async Task<List<string>> MapRows(this IPage page) =>
        [.. await Task.WhenAll((await page.Locator("table.map-table tbody tr").AllAsync())
            .Select(async row => string.Join(" | ", (await row.Locator("th, td").AllInnerTextsAsync()).Select(cell => Regex.Replace(cell, @"\s+", " ")))))];
}
