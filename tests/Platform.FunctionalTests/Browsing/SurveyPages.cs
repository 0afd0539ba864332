using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests.Browsing;

/// <summary>
/// A respondent's moves on the survey pages, by the fields' names (the same in every language),
/// pressing the buttons a person presses.
/// </summary>
public static class SurveyPages
{
    public static Task Press(this IPage page, string action) =>
        page.Locator($"main button[name='action'][value='{action}']:not([hidden])").First.ClickAsync();

    public static Task Next(this IPage page) => page.Press("next");

    public static async Task Consent(this IPage page)
    {
        await page.Locator("input[name='consent']").CheckAsync();
        await page.Next();
    }

    public static async Task Household(this IPage page, string type = "incoming", string area = "altstadt", params string[] awayDays)
    {
        await page.Locator($"input[name='householdType'][value='{type}']").CheckAsync();
        await page.Locator("select[name='areaCode']").SelectOptionAsync(area);
        foreach (var day in awayDays) await page.Locator($"input[name='awayDays'][value='{day}']").CheckAsync();
        await page.Next();
    }

    /// <summary>Fills need <paramref name="n"/>: category, persons and one time row on <paramref name="days"/>.</summary>
    public static async Task Need(this IPage page, int n = 0, string category = "krippe", string persons = "1", string from = "06:00", string to = "08:00", params string[] days)
    {
        await page.Locator($"select[name='needs[{n}].category']").SelectOptionAsync(category);
        await page.Locator($"input[name='needs[{n}].persons']").FillAsync(persons);
        foreach (var day in days.Length > 0 ? days : ["monday"]) await page.Locator($"input[name='needs[{n}].windows[0].days'][value='{day}']").CheckAsync();
        await page.Locator($"input[name='needs[{n}].windows[0].from']").FillAsync(from);
        await page.Locator($"input[name='needs[{n}].windows[0].to']").FillAsync(to);
    }

    public static async Task<string> Send(this IPage page)
    {
        await page.Press("send");
        return (await page.Locator("#receipt-code").InnerTextAsync()).Trim();
    }

    public static Task<string?> Lang(this IPage page) => page.Locator("html").GetAttributeAsync("lang");

    public static Task<string?> Dir(this IPage page) => page.Locator("html").GetAttributeAsync("dir");

    /// <summary>The message shown at the field with this control id.</summary>
    public static Task<string> ErrorAt(this IPage page, string id) => page.Locator($"#{id}-error").InnerTextAsync();

    /// <summary>The ids the error summary links to.</summary>
    public static async Task<List<string>> SummaryTargets(this IPage page) =>
        (await page.Locator("#error-summary a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href').slice(1))")).ToList();
}
