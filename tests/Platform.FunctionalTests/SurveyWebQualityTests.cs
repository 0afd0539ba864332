using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.FunctionalTests.Browsing;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.Playwright;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The survey pages as the issue demands them of every page and state: accessible (axe), usable by
/// keyboard alone, on a 320 px phone, with each message at its field; and the links that do not
/// lead to a form (used, unknown, closed, too many tries) lead to a clear page.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SurveyWebQualityTests(PlatformFixture platform, BrowserFixture browser)
{
    private Uri Web => platform.WebAddress("survey-web");

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Every_page_and_state_is_accessible_and_fits_a_phone(string lang)
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var page = await browser.NewPageAsync(Web, width: 320, height: 640);
        async Task Check(string state)
        {
            await page.AssertAccessibleAsync($"{lang}: {state}");
            await page.AssertNoHorizontalScrollAsync($"{lang}: {state}");
            await Screenshots.TakeAsync(page, lang, state);
        }

        await page.GotoAsync($"/?lang={lang}");
        Assert.Equal((lang, lang == "ar" ? "rtl" : "ltr"), (await page.Lang(), await page.Dir()));
        await Check("start");
        await page.Locator("form button[type='submit']").ClickAsync();
        await Check("start with an error");

        await page.GotoAsync($"/{tenant.Value}/{survey}?lang={lang}");
        await Check("step 1");
        await page.Next();
        await Check("step 1 with an error");
        await page.Consent();
        await Check("step 2");
        await page.Next();
        await Check("step 2 with errors");
        await page.Household("both", "mitte", "friday");
        await Check("step 3");
        await page.Locator("input[name='needs[0].persons']").FillAsync("0");
        await page.Next();
        await Check("step 3 with errors");
        await page.Need(category: "randzeitenbetreuung", persons: "1", from: "05:30", to: "07:00", days: ["monday", "tuesday", "saturday"]);
        await page.Press("addNeed");
        await page.Need(n: 1, category: "tagespflege", persons: "1", from: "08:00", to: "16:00", days: "wednesday");
        await Check("needs");
        await page.Next();
        await Check("step 4");
        await page.Next();
        await Check("check page");
        var receipt = await page.Send();
        await Check("sent");

        await page.GotoAsync($"/receipt?lang={lang}");
        await Check("receipt");
        await page.Locator("input[name='code']").FillAsync("AAAA-BBBB-CCCC-DDDD");
        await page.Press("show");
        await Check("receipt with an error");
        await page.Locator("input[name='code']").FillAsync(receipt);
        await page.Press("show");
        await Check("answers shown");
        await page.Press("confirm");
        await Check("withdrawal confirmation");
        await page.Press("withdraw");
        await Check("withdrawn");

        await page.GotoAsync($"/{tenant.Value}/{Guid.NewGuid()}?lang={lang}");
        await Check("unknown survey");
    }

    [Fact]
    public async Task The_whole_survey_can_be_answered_by_keyboard_alone_with_visible_focus()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var page = await browser.NewPageAsync(Web);
        await page.GotoAsync($"/{tenant.Value}/{survey}");

        await page.TabTo("input[name='consent']");
        await page.Keyboard.PressAsync("Space");
        await page.TabTo("button[value='next']");
        await page.SubmitBy("Enter");

        await page.TabTo("input[name='householdType']");
        await page.Keyboard.PressAsync("Space");
        await page.TabTo("select[name='areaCode']");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.TabTo("input[name='awayDays'][value='monday']");
        await page.Keyboard.PressAsync("Space");
        await page.SubmitBy("Enter");

        await page.TabTo("select[name='needs[0].category']");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.TabTo("input[name='needs[0].persons']");
        await page.Keyboard.TypeAsync("2");
        await page.TabTo("input[name='needs[0].windows[0].days'][value='monday']");
        await page.Keyboard.PressAsync("Space");
        await page.TabTo("input[name='needs[0].windows[0].from']");
        await page.Keyboard.TypeAsync("0630");
        await page.TabTo("input[name='needs[0].windows[0].to']");
        await page.Keyboard.TypeAsync("0800");
        await page.TabTo("button[value='next']");
        await page.SubmitBy("Enter");

        Assert.Equal("Schritt 4 von 5", await page.Locator("#step-count").InnerTextAsync());
        await page.TabTo("button[value='next']");
        await page.SubmitBy("Enter");
        await page.TabTo("button[value='send']");
        await page.SubmitBy("Enter");

        Assert.Matches("^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$", (await page.Locator("#receipt-code").InnerTextAsync()).Trim());
        var stored = await platform.Client("surveys", tenant, Roles.DataSteward).GetStringAsync($"/api/surveys/{survey}/answers.csv");
        Assert.Contains("Mon 06:30-08:00", stored);
    }

    [Fact]
    public async Task Each_message_stands_at_its_field_in_the_respondents_language_and_what_was_typed_stays()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var page = await browser.NewPageAsync(Web);
        await page.GotoAsync($"/{tenant.Value}/{survey}?lang=en");

        await page.Next();
        Assert.Equal(["consent"], await page.SummaryTargets());
        Assert.Equal("Please give your consent to take part.", await page.ErrorAt("consent"));
        await page.Consent();

        await page.Next();
        Assert.Equal(["householdType", "areaCode"], await page.SummaryTargets());
        Assert.Equal("Please choose how your household lives in more than one place.", await page.ErrorAt("householdType"));
        Assert.Equal("Please choose your part of town.", await page.ErrorAt("areaCode"));
        Assert.Equal("true", await page.Locator("#areaCode").GetAttributeAsync("aria-invalid"));
        await page.Household();

        await page.Locator("input[name='needs[0].persons']").FillAsync("25");
        await page.Locator("input[name='needs[0].windows[0].from']").FillAsync("07:00");
        await page.Locator("input[name='needs[0].windows[0].to']").FillAsync("07:00");
        await page.Locator("input[name='needs[0].from']").FillAsync("2027-03-01");
        await page.Locator("input[name='needs[0].until']").FillAsync("2027-02-01");
        await page.Next();
        Assert.Equal(["needs-0-category", "needs-0-persons", "needs-0-windows-0-days", "needs-0-windows-0-to", "needs-0-until"], await page.SummaryTargets());
        Assert.Equal("Please choose the kind of care.", await page.ErrorAt("needs-0-category"));
        Assert.Equal("Please enter a number from 1 to 20.", await page.ErrorAt("needs-0-persons"));
        Assert.Equal("Please tick the weekdays for this time.", await page.ErrorAt("needs-0-windows-0-days"));
        Assert.StartsWith("Start and end are the same.", await page.ErrorAt("needs-0-windows-0-to"));
        Assert.Equal("The end is before the start.", await page.ErrorAt("needs-0-until"));
        Assert.Contains("Need 1: Please enter a number from 1 to 20.", await page.Locator("#error-summary").InnerTextAsync());
        Assert.Equal("25", await page.Locator("#needs-0-persons").InputValueAsync());
        Assert.Equal("07:00", await page.Locator("#needs-0-windows-0-from").InputValueAsync());
        Assert.Equal("2027-02-01", await page.Locator("#needs-0-until").InputValueAsync());
        foreach (var target in await page.SummaryTargets()) Assert.Equal(1, await page.Locator($"#{target}").CountAsync());

        // The same message in Arabic, at the same field, after switching language: nothing typed is lost.
        await page.Press("lang:ar");
        await page.Next();
        var arabic = await page.ErrorAt("needs-0-persons");
        Assert.NotEqual("Please enter a number from 1 to 20.", arabic);
        Assert.Contains(arabic, c => c is >= '\u0600' and <= '\u06FF');
        Assert.Equal("25", await page.Locator("#needs-0-persons").InputValueAsync());
    }

    [Fact]
    public async Task An_invitation_code_answers_once_and_a_used_or_unknown_code_gets_a_clear_answer()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var issued = await platform.Client("surveys", tenant).PostAsJsonAsync($"/api/surveys/{survey}/invitations", new { count = 1 });
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes")[0].GetString()!;
        var page = await browser.NewPageAsync(Web);

        await page.GotoAsync("/?lang=en");
        await page.Locator("#code").FillAsync("AAAA-BBBB-CCCC");
        await page.Locator("form button[type='submit']").ClickAsync();
        Assert.Equal("This invitation code does not exist. Please check it in your letter.", await page.ErrorAt("code"));

        await page.Locator("#code").FillAsync(code.ToLowerInvariant().Replace("-", " "));
        await page.Locator("form button[type='submit']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/i/"));
        await page.Consent();
        await page.Household();
        await page.Need();
        await page.Next();
        await page.Next();
        await page.Send();
        var counts = await platform.Client("surveys", tenant).GetFromJsonAsync<JsonElement>($"/api/surveys/{survey}/invitations");
        Assert.Equal(1, counts.GetProperty("used").GetInt32());

        var again = await page.GotoAsync($"/i/{code}?lang=en");
        Assert.Equal(409, again!.Status);
        Assert.Equal("This invitation code has already been used", await page.Locator("main h1").InnerTextAsync());

        await page.GotoAsync("/?lang=en");
        await page.Locator("#code").FillAsync(code);
        await page.Locator("form button[type='submit']").ClickAsync();
        Assert.Equal("This invitation code has already been used to answer.", await page.ErrorAt("code"));

        var unknown = await page.GotoAsync("/i/ZZZZ-ZZZZ-ZZZZ?lang=en");
        Assert.Equal(404, unknown!.Status);
    }

    [Fact]
    public async Task A_closed_survey_and_an_unknown_link_get_a_clear_page()
    {
        var (tenant, survey) = await platform.OpenSurvey();
        var page = await browser.NewPageAsync(Web);
        var otherTenant = await page.GotoAsync($"/{PlatformFixture.NewTenant().Value}/{survey}?lang=en");
        Assert.Equal(404, otherTenant!.Status);

        (await platform.Client("surveys", tenant).PostAsync($"/api/surveys/{survey}/close", null)).EnsureSuccessStatusCode();
        var closed = await page.GotoAsync($"/{tenant.Value}/{survey}?lang=en");
        Assert.Equal(410, closed!.Status);
        Assert.Equal("This survey has ended", await page.Locator("main h1").InnerTextAsync());

        var nothing = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, nothing!.Status);
        Assert.Equal("Diese Umfrage gibt es nicht", await page.Locator("main h1").InnerTextAsync());
    }

    [Fact]
    public async Task Guessing_receipt_codes_is_throttled_with_a_friendly_page()
    {
        var page = await browser.NewPageAsync(Web);
        await page.GotoAsync("/receipt?lang=en");
        IResponse? last = null;
        for (var attempt = 0; attempt < 11; attempt++)
        {
            await page.Locator("input[name='code']").FillAsync($"AAAA-BBBB-CCCC-{attempt:D4}");
            last = await page.RunAndWaitForResponseAsync(() => page.Press("show"), r => r.Request.Method == "POST" && r.Url.Contains("/receipt"));
        }
        Assert.Equal(429, last!.Status);
        Assert.True(int.Parse((await last.HeaderValueAsync("retry-after"))!) > 0);
        Assert.StartsWith("Please try again in", await page.ErrorAt("code"));
    }

    [Fact]
    public async Task Pages_allow_no_foreign_or_inline_script_and_a_form_post_without_its_antiforgery_token_is_refused()
    {
        using var http = new HttpClient { BaseAddress = Web };
        var page = await http.GetAsync("/?lang=en");
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        var cookie = page.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("samesite=strict", cookie.ToLowerInvariant());
        Assert.Contains("httponly", cookie.ToLowerInvariant());

        var forged = await http.PostAsync("/", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "start", ["code"] = "AAAA-BBBB-CCCC" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
