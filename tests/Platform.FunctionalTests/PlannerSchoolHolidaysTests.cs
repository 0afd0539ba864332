using System.Text.Json;
using GutAusgestattet.FunctionalTests.Browsing;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The school holidays page in a real browser on the running platform: a planner imports the ministry's calendar after
/// checking it, corrects one period, removes another and adds one by hand — a last day before the first named at its field.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannerSchoolHolidaysTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    // As OpenHolidays publishes it: all-day events whose DTEND is the day after the last.
    private static readonly byte[] Calendar = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//OpenHolidays API//DE
        BEGIN:VEVENT
        UID:he27-by
        DTSTART;VALUE=DATE:20271102
        DTEND;VALUE=DATE:20271106
        SUMMARY:Herbstferien 2027
        END:VEVENT
        BEGIN:VEVENT
        UID:so27-by
        DTSTART;VALUE=DATE:20270802
        DTEND;VALUE=DATE:20270914
        SUMMARY:Sommerferien 2027
        END:VEVENT
        END:VCALENDAR
        """u8.ToArray();

    private static ILocator Rows(IPage page) => page.Locator("table.holiday-list tbody tr");

    /// <summary>Each row's cells as shown, joined by " | ".</summary>
    private static async Task<List<string>> Cells(ILocator rows, string cells = "th, td") =>
        [.. await Task.WhenAll((await rows.AllAsync()).Select(async row => string.Join(" | ", await row.Locator(cells).AllInnerTextsAsync())))];

    [Fact]
    public async Task A_planner_imports_the_holidays_after_a_check_corrects_one_removes_one_and_adds_one_with_an_error_at_its_last_day()
    {
        var tenant = PlatformFixture.NewTenant();
        var gaps = platform.Client("gaps", tenant);
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant);

        await page.Locator("nav.site-nav a[href='/school-holidays']").ClickAsync();
        Assert.Equal("Schulferien", await page.Heading());
        Assert.Contains("SH off", await page.MainText());
        Assert.Equal(1, await page.Locator("#no-holidays").CountAsync());

        // A table with a mistake: the error by line and field, its period marked, nothing to import.
        await page.Locator("main a[href='/school-holidays/import']").ClickAsync();
        Assert.Equal("Schulferien importieren", await page.Heading());
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "ferien.csv", MimeType = "text/csv",
            Buffer = "von;bis;bezeichnung\n18.05.2027;28.05.2027;Pfingstferien 2027\n02.08.2027;13.07.2027;Sommerferien 2027\n"u8.ToArray()
        });
        await page.FormButton("holiday-check").ClickAsync();
        Assert.Equal("#import-errors", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Equal(["Zeile 3 | to | The last day cannot lie before the first."], await Cells(page.Locator("#import-errors tbody tr")));
        Assert.Equal(["Zeile 2 | Pfingstferien 2027 (18.05.2027 – 28.05.2027) | neu", "Zeile 3 | Sommerferien 2027 (02.08.2027 – 13.07.2027) | fehlerhaft"],
            await Cells(page.Locator("table.import-rows tbody tr")));
        Assert.Equal(0, await page.FormButton("holiday-store").CountAsync());

        // The ministry's calendar: each period with its line and outcome; nothing is stored yet.
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "ferien-by-2027.ics", MimeType = "text/calendar", Buffer = Calendar });
        await page.FormButton("holiday-check").ClickAsync();
        Assert.Equal("Die Datei ist fehlerfrei. Beim Import: 2 neu, 0 geändert, 0 unverändert.", await page.Locator("#report-verdict").InnerTextAsync());
        Assert.Equal(["Zeile 4 | Herbstferien 2027 (02.11.2027 – 05.11.2027) | neu", "Zeile 10 | Sommerferien 2027 (02.08.2027 – 13.09.2027) | neu"],
            await Cells(page.Locator("table.import-rows tbody tr")));
        Assert.Empty(await gaps.List<JsonElement>("/api/gaps/school-holidays"));

        // The import: the checked file posted back, both periods stored.
        await page.FormButton("holiday-store").ClickAsync();
        Assert.Equal("Importiert: 2 Zeiträume", await page.Locator(".kern-alert--success h2").InnerTextAsync());
        Assert.Equal(2, (await gaps.List<JsonElement>("/api/gaps/school-holidays")).Count);

        // The list, earliest first, with each period's days counted with its last.
        await page.Locator(".kern-alert--success a[href='/school-holidays']").ClickAsync();
        Assert.Equal(["Sommerferien 2027 | 02.08.2027 | 13.09.2027 | 43", "Herbstferien 2027 | 02.11.2027 | 05.11.2027 | 4"],
            await Cells(Rows(page), "th, td:not(:last-child)"));

        // Correcting the autumn holidays: a last day before the first is named at its field, what was typed kept.
        var autumn = Rows(page).Filter(new() { HasText = "Herbstferien" });
        var correct = (await autumn.Locator("a").GetAttributeAsync("href"))!;
        await autumn.Locator("a").ClickAsync();
        Assert.Equal("Ferienzeitraum berichtigen", await page.Heading());
        Assert.Equal(("Herbstferien 2027", "2027-11-02", "2027-11-05"),
            (await page.Locator("#name").InputValueAsync(), await page.Locator("#from").InputValueAsync(), await page.Locator("#to").InputValueAsync()));
        await page.Locator("#name").FillAsync("Herbst- und Bußtagsferien 2027");
        await page.Locator("#to").FillAsync("2027-10-29");
        await page.FormButton("holiday").ClickAsync();
        Assert.Equal("#to", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Equal("Der letzte Tag darf nicht vor dem ersten liegen.", (await page.Locator("#to-error").InnerTextAsync()).Trim());
        Assert.Equal("true", await page.Locator("#to").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Herbst- und Bußtagsferien 2027", await page.Locator("#name").InputValueAsync());
        await page.Locator("#to").FillAsync("2027-11-17");
        await page.FormButton("holiday").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/school-holidays?corrected=", StringComparison.Ordinal));
        Assert.Equal("Berichtigt: Herbst- und Bußtagsferien 2027 (02.11.2027 – 17.11.2027)", await page.Locator(".kern-alert--success h2").InnerTextAsync());
        Assert.Equal("16", await Rows(page).Filter(new() { HasText = "Bußtag" }).Locator("td").Nth(2).InnerTextAsync());

        // Removing the summer holidays: the alert names what went.
        await Rows(page).Filter(new() { HasText = "Sommerferien" }).Locator("button[type='submit']").ClickAsync();
        Assert.Equal("Entfernt: Sommerferien 2027 (02.08.2027 – 13.09.2027)", await page.Locator(".kern-alert--success h2").InnerTextAsync());
        Assert.Equal(1, await Rows(page).CountAsync());

        // One by hand: a last day before the first is named at its field in German; corrected, it is listed first.
        await page.Locator("#name").FillAsync("Pfingstferien 2027");
        await page.Locator("#from").FillAsync("2027-05-18");
        await page.Locator("#to").FillAsync("2027-05-08");
        await page.FormButton("holiday-add").ClickAsync();
        Assert.Equal("#to", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Contains("nicht vor dem ersten", await page.Locator("#to-error").InnerTextAsync());
        Assert.Equal("2027-05-18", await page.Locator("#from").InputValueAsync());
        await page.Locator("#to").FillAsync("2027-05-28");
        await page.FormButton("holiday-add").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/school-holidays?added=", StringComparison.Ordinal));
        Assert.Equal("Hinzugefügt: Pfingstferien 2027 (18.05.2027 – 28.05.2027)", await page.Locator(".kern-alert--success h2").InnerTextAsync());
        Assert.Equal(["Pfingstferien 2027", "Herbst- und Bußtagsferien 2027"], await page.Locator("table.holiday-list tbody th").AllInnerTextsAsync());
        Assert.Equal(["2027-05-18 2027-05-28 Pfingstferien 2027", "2027-11-02 2027-11-17 Herbst- und Bußtagsferien 2027"],
            (await gaps.List<JsonElement>("/api/gaps/school-holidays")).Select(h => $"{h.GetProperty("from")} {h.GetProperty("to")} {h.GetProperty("name")}"));

        // Another municipality's planner typing the correction's address: not found.
        await browser.NotFoundForAnotherMunicipality(Web, [correct], "Bußtag");
    }
}
