using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GutAusgestattet.FunctionalTests.Browsing;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The partner pages in a real browser on the running platform: a planner registers a partner and imports more, adds a
/// contact person with consent, reads and downloads what is held about them (Art. 15 GDPR) and erases them (Art. 17),
/// while the outreach history stays.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PlannerPartnersTests(PlatformFixture platform, BrowserFixture browser)
{
    private const string CsvHeader = "kind,name,trade_register_number,sector,site_name,address,postal_code,latitude,longitude,area_code,employees,incomings,outgoings\n";

    private Uri Web => platform.WebAddress("planner-web");

    [GeneratedRegex(@"/partners/([0-9a-f-]{36})\?done=registered$")]
    private static partial Regex RegisteredPartner();

    private static FilePayload Csv(string rows) => new() { Name = "partner.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(CsvHeader + rows) };

    [Fact]
    public async Task A_planner_registers_and_imports_partners_adds_a_contact_reads_their_data_and_erases_them_while_the_history_stays()
    {
        var tenant = PlatformFixture.NewTenant();
        var gap = await platform.RealGap(tenant);
        var partners = platform.Client("partners", tenant);
        var page = await browser.NewPageAsync(Web);
        await page.SignIn(tenant);

        // A partner: a WZ 2008 division that does not exist is named at its field with Partners' words, everything typed kept; then registered.
        await page.Locator("nav.site-nav a[href='/partners']").ClickAsync();
        Assert.Equal("Partner", await page.Heading());
        await page.Locator("main a[href='/partners/new']").ClickAsync();
        await page.Locator("#name").FillAsync("Nah Logistik GmbH");
        await page.Locator("#tradeRegisterNumber").FillAsync("HRB 4711");
        await page.Locator("#sector").FillAsync("04");
        await page.Locator("#site-0-address").FillAsync("Hafenstraße 1");
        await page.Locator("#site-0-postalCode").FillAsync("90441");
        await page.Locator("#site-0-latitude").FillAsync("49,45");
        await page.Locator("#site-0-longitude").FillAsync("11,07");
        await page.Locator("#site-0-areaCode").SelectOptionAsync("mitte");
        await page.Locator("#site-0-employees").FillAsync("500");
        await page.Locator("#site-0-incomings").FillAsync("60");
        await page.Locator("#site-0-outgoings").FillAsync("10");
        await page.FormButton("partner").ClickAsync();
        Assert.Equal("#sector", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Equal("true", await page.Locator("#sector").GetAttributeAsync("aria-invalid"));
        Assert.Contains("Vom Partnerdienst abgelehnt", await page.Locator("#sector-error").InnerTextAsync());
        Assert.Equal(("Nah Logistik GmbH", "Hafenstraße 1", "60"), (await page.Locator("#name").InputValueAsync(),
            await page.Locator("#site-0-address").InputValueAsync(), await page.Locator("#site-0-incomings").InputValueAsync()));
        await page.Locator("#sector").FillAsync("52");
        await page.FormButton("partner").ClickAsync();
        await page.WaitForURLAsync(RegisteredPartner());
        var partnerId = Guid.Parse(RegisteredPartner().Match(page.Url).Groups[1].Value);
        Assert.Equal("Nah Logistik GmbH", await page.Heading());
        Assert.Contains("Verkehr und Lagerei", await page.Locator(".partner-facts").InnerTextAsync());
        Assert.Contains("Ortsteil mitte", await page.Locator("table.site-list").InnerTextAsync());

        // An import: a row with a sector that does not exist refuses the whole file, naming its line and field; then the good file.
        await page.Locator("nav.site-nav a[href='/partners']").ClickAsync();
        await page.Locator("main a[href='/imports?subject=partners']").ClickAsync();
        Assert.True(await page.Locator("input[name='subject'][value='partners']").IsCheckedAsync());
        await page.Locator("#file").SetInputFilesAsync(Csv("company,Bäckerei Korn,,10,Backstube,Mühlweg 2,90402,49.45,11.07,mitte,40,5,2\nassociation,TSV Mitte,,04,,Sportplatz 1,90403,49.44,11.08,,12,0,0\n"));
        await page.Locator("form button[type='submit']:has-text('Datei prüfen')").ClickAsync();
        var error = Assert.Single(await page.Locator("#import-errors tbody tr").AllInnerTextsAsync());
        Assert.Contains("Zeile 3", error);
        Assert.Contains("sector", error);
        Assert.Single(await partners.List<JsonElement>("/api/partners"));
        await page.Locator("#file").SetInputFilesAsync(Csv("company,Bäckerei Korn,,10,Backstube,Mühlweg 2,90402,49.45,11.07,mitte,40,5,2\nassociation,TSV Mitte,,93,,Sportplatz 1,90403,49.44,11.08,,12,0,0\n"));
        await page.Locator("form button[type='submit']:has-text('Datei prüfen')").ClickAsync();
        Assert.Contains("fehlerfrei", await page.Locator("#report-verdict").InnerTextAsync());
        await page.FormButton("import-store").ClickAsync();
        Assert.Contains("Importiert: 2 Zeilen", await page.Locator(".kern-alert--success").InnerTextAsync());
        await page.Locator(".kern-alert--success a[href='/partners']").ClickAsync();
        Assert.Equal(3, await page.Locator("table.partner-list tbody tr").CountAsync());
        Assert.Contains("Kunst, Unterhaltung und Erholung", await page.Locator("table.partner-list").InnerTextAsync());

        // A contact person with consent: the day of the consent is required, at its field; then added.
        await page.Locator($"table.partner-list a[href='/partners/{partnerId}']").ClickAsync();
        await page.Locator($"main a[href='/partners/{partnerId}/contacts/new']").ClickAsync();
        await page.Locator("#name").FillAsync("Anna Schmidt");
        await page.Locator("#role").FillAsync("Personalleitung");
        await page.Locator("#email").FillAsync("anna.schmidt@example.de");
        await page.Locator("#phone").FillAsync("+49 911 123456");
        await page.Locator("input[name='legalBasis'][value='consent']").CheckAsync();
        await page.FormButton("contact").ClickAsync();
        Assert.Equal("#basisDate", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Equal("true", await page.Locator("#basisDate").GetAttributeAsync("aria-invalid"));
        await page.Locator("#basisDate").FillAsync("2026-01-15");
        await page.FormButton("contact").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/partners/{partnerId}?done=contact-added").AbsoluteUri);
        var contactRow = await page.Locator("table.contact-list tbody tr").InnerTextAsync();
        Assert.Contains("Anna Schmidt", contactRow);
        Assert.Contains("erteilt am 15.01.2026", contactRow);
        var contactId = (await partners.List<JsonElement>($"/api/partners/{partnerId}/contacts")).Single().GetProperty("id").GetGuid();

        // Outreach names her, and an agreement addresses the gap: both on the partner's page.
        var outreach = await partners.PostAsJsonAsync("/api/outreach", new { partnerId, gapKeys = new[] { gap }, owner = "k.meier" }).Created<JsonElement>();
        (await partners.PostAsJsonAsync($"/api/outreach/{outreach.GetProperty("id").GetGuid()}/steps",
            new { stage = "contacted", owner = "k.meier", contactId, note = "Anruf bei Anna Schmidt, sie prüft Belegplätze." })).EnsureSuccessStatusCode();
        var facility = await platform.Client("inventory", tenant).PostAsJsonAsync("/api/facilities",
            new { name = "Kita am Hafen", operatorType = "company", latitude = 49.45, longitude = 11.07, areaCode = "mitte" }).Created<JsonElement>();
        await partners.PostAsJsonAsync("/api/agreements", new
        {
            kind = "companyChildcare", partnerIds = new[] { partnerId }, gapKeys = new[] { gap },
            terms = new
            {
                facilityId = facility.GetProperty("id").GetGuid(), category = "kita", name = "Hafenkinder", addedPlaces = 12, openingHours = "Mo-Fr 06:00-18:00",
                from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)
            },
        }).Created<JsonElement>();
        await page.ReloadAsync();
        var history = await page.Locator("table.outreach-history").InnerTextAsync();
        Assert.Contains("ausgewählt → angesprochen", history);
        Assert.Contains("Anna Schmidt", history);
        Assert.Contains("Betriebliche Kinderbetreuung", await page.Locator("table.agreement-list").InnerTextAsync());
        Assert.Contains("Kita (Ü3) in Ortsteil mitte", await page.Locator("ul.addressed-gaps").InnerTextAsync());

        // What is held about her (Art. 15): on a page, and as a file through the planners' application.
        await page.Locator($"a[href='/contacts/{contactId}/personal-data']").ClickAsync();
        Assert.Equal("Auskunft über gespeicherte Daten", await page.Heading());
        Assert.Contains("anna.schmidt@example.de", await page.Locator(".personal-data").InnerTextAsync());
        Assert.Contains("als Kontaktperson des Schritts", await page.Locator("table.appearances").InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"a[href='/contacts/{contactId}/personal-data.json']").ClickAsync());
        Assert.Equal($"personal-data-{contactId}.json", download.SuggestedFilename);
        var report = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)).RootElement;
        Assert.Equal(("Anna Schmidt", "Nah Logistik GmbH", 1), (report.GetProperty("name").GetString(), report.GetProperty("partnerName").GetString(),
            report.GetProperty("outreachHistory").GetArrayLength()));

        // Erasure (Art. 17): the page says what goes and what stays; only the tick erases; the history then names an erased contact.
        await page.Locator($"main a[href='/contacts/{contactId}/erase']").ClickAsync();
        Assert.Contains("Ansprache", await page.Locator("#erase-stays").InnerTextAsync());
        await page.FormButton("contact-erase").ClickAsync();
        Assert.Equal("#confirm", await page.Locator("#error-summary li a").GetAttributeAsync("href"));
        Assert.Single(await partners.List<JsonElement>($"/api/partners/{partnerId}/contacts"));
        await page.Locator("#confirm").CheckAsync();
        await page.FormButton("contact-erase").ClickAsync();
        await page.WaitForURLAsync(new Uri(Web, $"/partners/{partnerId}?done=erased").AbsoluteUri);
        Assert.Contains("Der Partner und die Ansprache bleiben", await page.Locator(".kern-alert--success").InnerTextAsync());
        history = await page.Locator("table.outreach-history").InnerTextAsync();
        Assert.Contains("gelöschter Kontakt", history);
        Assert.DoesNotContain("Anna Schmidt", await page.MainText());
        Assert.Equal(0, await page.Locator("table.contact-list").CountAsync());

        // Another municipality's planner typing these addresses: not found, nothing shown.
        await browser.NotFoundForAnotherMunicipality(Web, [$"/partners/{partnerId}", $"/partners/{partnerId}/edit", $"/partners/{partnerId}/contacts/new"],
            "Nah Logistik", "Hafenstraße");
    }
}
