using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The public survey pages in a real browser, on the running platform: what a household does, and what it reaches.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SurveyWebTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("survey-web");

    /// <summary>A municipality with two areas, a published survey, and one answer already in (2 persons, Monday 06–08).</summary>
    private async Task<(Ags Tenant, Guid Survey)> SurveyWithOneAnswer()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var seeded = Surveying.Answer(from: null, until: null, persons: 2, windows: new[] { new { day = "monday", from = "06:00", to = "08:00", overnight = false } });
        (await platform.Client("surveys", tenant).SendAsync(Surveying.Submit(survey, seeded))).EnsureSuccessStatusCode();
        return (tenant, survey);
    }

    private async Task<double> KrippeGapPersons(Ags tenant, double expected)
    {
        var gaps = platform.Client("gaps", tenant);
        var found = await Eventually.Get(() => gaps.List<Gap>("/api/gaps"),
            g => g.Any(x => x.Key == "krippe:altstadt:content" && x.EstimatedPersons == expected), $"the krippe gap at {expected} persons");
        return found.Single(x => x.Key == "krippe:altstadt:content").EstimatedPersons;
    }

    [Fact]
    public async Task A_household_answers_in_two_languages_the_need_reaches_the_gap_and_withdrawing_shrinks_it()
    {
        var (tenant, survey) = await SurveyWithOneAnswer();
        await KrippeGapPersons(tenant, 2);
        var page = await browser.NewPageAsync(Web);

        await page.GotoAsync($"/{tenant.Value}/{survey}");
        Assert.Equal("de", await page.Lang());
        await page.Consent();
        await page.Household("incoming", "altstadt", "monday", "tuesday");

        // Switching language on the needs step keeps what was typed there and before.
        await page.Locator("select[name='needs[0].category']").SelectOptionAsync("krippe");
        await page.Press("lang:en");
        Assert.Equal(("en", "ltr"), (await page.Lang(), await page.Dir()));
        Assert.Equal("krippe", await page.Locator("select[name='needs[0].category']").InputValueAsync());
        await page.Need(persons: "1", from: "06:00", to: "08:00", days: "monday");
        await page.Next();
        await page.Locator("input[name='languages'][value='pl']").CheckAsync();
        await page.Next();

        var check = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Step 5 of 5", check);
        Assert.Contains("Ortsteil altstadt", check);
        Assert.Contains("Monday: 06:00–08:00", check);
        Assert.Contains("Polski", check);
        var receipt = await page.Send();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", receipt);

        await KrippeGapPersons(tenant, 3);

        await page.GotoAsync("/receipt?lang=en");
        await page.Locator("input[name='code']").FillAsync(receipt.ToLowerInvariant());
        await page.Press("show");
        Assert.Contains("Monday: 06:00–08:00", await page.Locator("main").InnerTextAsync());
        await page.Press("confirm");
        await page.Press("withdraw");
        Assert.Contains("deleted", await page.Locator("main h2").InnerTextAsync());

        await KrippeGapPersons(tenant, 2);
    }

    /// <summary>
    /// An Incoming living in Altstadt works in Mitte, away from home on Mondays and Tuesdays. Once the workplace is named, each time
    /// row asks where the care is needed; near the workplace only on away days. The answer's Monday lands in Mitte's gaps.
    /// </summary>
    [Fact]
    public async Task Where_care_is_needed_is_asked_per_time_row_once_a_workplace_is_named_and_lands_in_its_area()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var page = await browser.NewPageAsync(Web, javaScript: false);
        await page.GotoAsync($"/{tenant.Value}/{survey}");
        await page.Consent();
        await page.Locator("input[name='householdType'][value='incoming']").CheckAsync();
        await page.Locator("select[name='areaCode']").SelectOptionAsync("altstadt");
        foreach (var day in new[] { "monday", "tuesday" }) await page.Locator($"input[name='awayDays'][value='{day}']").CheckAsync();
        await page.Locator("select[name='workplace.areaCode']").SelectOptionAsync("mitte");
        await page.Next();

        await page.Need(persons: "1", from: "08:00", to: "16:00", days: ["monday", "friday"]);
        await page.Locator("select[name='needs[0].windows[0].place']").SelectOptionAsync("workplace");
        await page.Next();
        Assert.Contains("nur an Tagen", await page.ErrorAt("needs-0-windows-0-place"));
        await page.Locator("input[name='needs[0].windows[0].days'][value='friday']").UncheckAsync();
        await page.Next();
        await page.Next();

        var check = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Montag: 08:00–16:00 (In der Nähe des Arbeitsplatzes)", check);
        Assert.Contains("Ortsteil mitte", check);
        await page.Send();

        var gaps = await Eventually.Get(() => platform.Client("gaps", tenant).List<Gap>("/api/gaps"), g => g.Any(x => x.Open), "the need's gap");
        Assert.Equal(["krippe:mitte:content"], gaps.Where(g => g.Open).Select(g => g.Key));
    }

    /// <summary>
    /// Without JavaScript, a household of one municipality names its workplace in an area of a neighbouring municipality sharing
    /// the platform, listed under the neighbour's name; the check page names both, and the reported demand names the neighbour.
    /// </summary>
    [Fact]
    public async Task A_workplace_in_a_neighbouring_municipality_of_the_platform_is_chosen_from_the_list_and_reported_with_its_ags()
    {
        var (home, survey) = await platform.OpenSurvey();
        var work = PlatformFixture.NewTenant();
        await platform.LearnAreas(work, "gewerbe");
        await platform.PublishedSurvey(work, new
        {
            responsible = new
            {
                municipality = $"Stadt Fürth {work.Value}", office = "Sozialamt",
                address = "Königsplatz 1, 90762 Fürth", email = "sozialamt@fuerth.example"
            }
        });
        // Surveys keeps the list of municipalities for a minute; asked every 3 s, as the public endpoints allow a client 60 requests a minute.
        var surveys = platform.Client("surveys", home);
        await Eventually.Get(async () => { await Task.Delay(TimeSpan.FromSeconds(3)); return await surveys.GetFromJsonAsync<JsonElement>($"/public/surveys/{survey}"); },
            view => view.GetProperty("workplaces").EnumerateArray().Any(w => w.GetProperty("ags").GetString() == work.Value),
            "the neighbour in the survey's workplaces", seconds: 90);
        await using var needs = await platform.Probe<GutAusgestattet.Contracts.V1.NeedsReported>();

        var page = await browser.NewPageAsync(Web, javaScript: false);
        await page.GotoAsync($"/{home.Value}/{survey}");
        await page.Consent();
        await page.Locator("input[name='householdType'][value='incoming']").CheckAsync();
        await page.Locator("select[name='areaCode']").SelectOptionAsync("altstadt");
        await page.Locator("input[name='awayDays'][value='monday']").CheckAsync();
        var neighbour = page.Locator($"select[name='workplace.areaCode'] optgroup[label='Stadt Fürth {work.Value}'] option");
        Assert.Equal(["Ortsteil gewerbe"], await neighbour.AllInnerTextsAsync());
        await page.Locator("select[name='workplace.areaCode']").SelectOptionAsync($"{work.Value}:gewerbe");
        await page.Next();

        await page.Need(persons: "1", from: "08:00", to: "16:00", days: "monday");
        await page.Locator("select[name='needs[0].windows[0].place']").SelectOptionAsync("workplace");
        await page.Next();
        await page.Next();

        Assert.Contains($"Ortsteil gewerbe (Stadt Fürth {work.Value})", await page.Locator("main").InnerTextAsync());
        await page.Send();

        var item = Assert.Single((await needs.Next(m => m.TenantId == home.Value)).Message.Items);
        Assert.Equal(work.Value, item.WorkplaceAgs);
    }

    [Fact]
    public async Task Without_JavaScript_every_step_works_and_a_repeated_send_stores_one_answer()
    {
        var (tenant, survey) = await SurveyWithOneAnswer();
        var page = await browser.NewPageAsync(Web, javaScript: false);

        await page.GotoAsync($"/{tenant.Value}/{survey}?lang=pl");
        Assert.Equal("pl", await page.Lang());
        await page.Consent();
        await page.Household("outgoing", "mitte");
        await page.Need(category: "kita", persons: "2", from: "17:00", to: "19:30", days: ["monday", "wednesday"]);
        // A second need and a second time row, added by buttons of the form.
        await page.Press("addNeed");
        await page.Need(n: 1, category: "nachtpflege", persons: "1", from: "22:00", to: "06:00", days: "friday");
        await page.Press("addWindow:1");
        await page.Locator("input[name='needs[1].windows[1].days'][value='saturday']").CheckAsync();
        await page.Locator("input[name='needs[1].windows[1].from']").FillAsync("08:00");
        await page.Locator("input[name='needs[1].windows[1].to']").FillAsync("12:00");
        await page.Next();
        await page.Next();

        // The check page as the browser would send it once more (a double click, a lost answer, the back button).
        var form = await page.Locator("form.survey-form").EvaluateAsync<Dictionary<string, string>>("f => Object.fromEntries(new FormData(f))");
        form["action"] = "send";
        var receipt = await page.Send();
        var again = await page.Context.APIRequest.PostAsync(page.Url, new APIRequestContextOptions { Form = FormOf(page, form) });
        Assert.True(again.Ok, $"{again.Status}");
        Assert.Contains(receipt, await again.TextAsync());

        var counts = await platform.Client("surveys", tenant).GetFromJsonAsync<JsonElement>($"/api/surveys/{survey}/counts");
        Assert.Equal(2, counts.GetProperty("total").GetInt32()); // the seeded answer and this one, once
        var stored = await platform.Client("surveys", tenant, Roles.DataSteward).GetStringAsync($"/api/surveys/{survey}/answers.csv");
        Assert.Contains("Fri 22:00-06:00+1", stored);
        Assert.Contains("Sat 08:00-12:00", stored);
    }

    [Fact]
    public async Task The_open_link_of_an_invitation_only_survey_explains_and_leads_to_the_code_entry_while_the_letter_link_still_answers()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var surveys = platform.Client("surveys", tenant);
        (await surveys.PutAsJsonAsync($"/api/surveys/{survey}/access", new { invitationRequired = true })).EnsureSuccessStatusCode();
        var issued = await surveys.PostAsJsonAsync($"/api/surveys/{survey}/invitations", new { count = 1 });
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes")[0].GetString()!;
        var page = await browser.NewPageAsync(Web, javaScript: false);

        var open = await page.GotoAsync($"/{tenant.Value}/{survey}?lang=en");
        Assert.Equal(403, open!.Status);
        Assert.Equal("This survey is answered only with the code from your letter", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator("main input[name='consent'], main button[name='action']").CountAsync());
        await page.Locator("main a[href='/?lang=en']").ClickAsync();
        await page.Locator("#code").FillAsync(code);
        await page.Locator("form button[type='submit']").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("/i/"));
        await page.Consent();
        await page.Household();
        await page.Need();
        await page.Next();
        await page.Next();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", await page.Send());
    }

    private static IFormData FormOf(IPage page, Dictionary<string, string> fields)
    {
        var data = page.Context.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) data.Set(name, value);
        return data;
    }
}
