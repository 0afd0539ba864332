using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Auth;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The data steward in a real browser: the raw answers held, their download, an erasure on a written request without the
/// receipt code that reaches the gaps, and the audit log naming each act; a planner is refused all of it.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DataStewardTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("planner-web");

    [Fact]
    public async Task The_steward_erases_an_answer_on_a_written_request_and_the_gap_loses_its_persons_and_the_audit_log_names_each_act()
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt");
        var survey = await platform.PublishedSurvey(tenant);
        var anonymous = platform.App.CreateHttpClient("surveys");
        var erased = await anonymous.SendAsync(Submit(survey, Answer(area: "altstadt", category: "krippe", persons: 2, from: null, until: null))).Created<Receipt>();
        var kept = await anonymous.SendAsync(Submit(survey, Answer(area: "altstadt", category: "krippe", persons: 1, from: null, until: null))).Created<Receipt>();
        var gaps = platform.Client("gaps", tenant);
        await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Any(x => x.Key == "krippe:altstadt:content" && x.EstimatedPersons == 3), "the gap of both answers");

        var steward = await browser.NewPageAsync(Web);
        await steward.SignIn(tenant, Roles.DataSteward);
        Assert.Equal(new Uri(Web, "/data-protection").AbsoluteUri, steward.Url);
        Assert.Equal(["Datenschutz", "Protokoll", "Regionalansicht"], await steward.Locator("nav.site-nav a").AllInnerTextsAsync());
        Assert.Equal(["2", "2"], (await steward.Locator("#raw-data tbody tr").Nth(0).Locator("td").AllInnerTextsAsync()).Skip(2).Take(2));

        await steward.Locator("#raw-data tbody a").ClickAsync();
        var download = await steward.RunAndWaitForDownloadAsync(() => steward.Locator("main a[download]").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains(erased.ResponseId.ToString(), csv);
        Assert.Contains(kept.ResponseId.ToString(), csv);

        // Without a reason and the tick nothing is erased; the messages stand at their fields.
        await steward.Locator("#response").FillAsync(erased.ResponseId.ToString());
        await steward.FormButton("answer-erasure").ClickAsync();
        Assert.Equal(["#reason", "#confirm"], await steward.Locator("#error-summary a").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))"));
        await steward.Locator("#reason").FillAsync("Schreiben vom 2. Dezember, Az. 123/26");
        await steward.Locator("#confirm").CheckAsync();
        await steward.FormButton("answer-erasure").ClickAsync();
        await steward.WaitForURLAsync(url => url.EndsWith("?done=erased", StringComparison.Ordinal));
        Assert.Contains("Die Antwort ist gelöscht.", await steward.MainText());

        // The erasure reached Gaps: only the kept answer's person is left in the gap.
        await Eventually.Get(() => gaps.List<Gap>("/api/gaps"), g => g.Any(x => x.Key == "krippe:altstadt:content" && x.EstimatedPersons == 1), "the gap of the kept answer alone");

        await steward.Locator("nav.site-nav a[href='/data-protection/audit']").ClickAsync();
        var first = await steward.Locator("#audit-log tbody tr").Nth(0).Locator("td").AllInnerTextsAsync();
        Assert.Equal(("Antwort gelöscht", "Schreiben vom 2. Dezember, Az. 123/26"), (first[1], first[3]));
        Assert.Contains(erased.ResponseId.ToString(), first[2]);
        Assert.Equal("Rohdaten heruntergeladen", (await steward.Locator("#audit-log tbody tr").Nth(1).Locator("td").AllInnerTextsAsync())[1]);

        var planner = await browser.NewPageAsync(Web);
        await planner.SignIn(tenant, path: "/data-protection/audit");
        Assert.Contains("/not-for-your-role", planner.Url);
    }
}
