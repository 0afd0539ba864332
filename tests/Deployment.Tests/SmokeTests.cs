using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GutAusgestattet.DevelopmentTokens;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Xunit.Abstractions;

namespace GutAusgestattet.Deployment.Tests;

/// <summary>
/// The development overlay, run: every published deployable with the environment its Deployment gives it, ready by the
/// manifest's probes, and one answer taken from a defined area through the public survey to the planners' gap list.
/// </summary>
[Collection(PublishedCollection.Name)]
public sealed partial class SmokeTests(Publications published, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_deployable_runs_with_its_manifest_and_an_answer_reaches_the_planners()
    {
        await using var platform = await SmokePlatform.StartAsync(published);
        try
        {
            await AnswerReachesThePlanners(platform);
        }
        finally
        {
            output.WriteLine(platform.Output);
        }
    }

    private static async Task AnswerReachesThePlanners(SmokePlatform platform)
    {
        var tenant = Ags.Parse("09162000");
        var inventory = Client(platform, "inventory", tenant);
        var surveys = Client(platform, "surveys", tenant);
        var gaps = Client(platform, "gaps", tenant);

        // Inventory publishes the area; Surveys learns it over the run's virtual host.
        Success(await inventory.PutAsJsonAsync("/api/areas/altstadt", new { name = "Ortsteil Altstadt", latitude = 49.45, longitude = 11.07 }));
        await Until(() => surveys.GetFromJsonAsync<JsonElement>("/api/areas"),
            areas => areas.EnumerateArray().Any(a => a.GetProperty("code").GetString() == "altstadt"), "Surveys to learn the area");

        var draft = Success(await surveys.PostAsJsonAsync("/api/surveys", new { responsible = Responsible }));
        var survey = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("surveyId").GetGuid();
        Success(await surveys.PostAsync($"/api/surveys/{survey}/publish", null));

        // The survey web finds the survey through its Service address of Surveys.
        using var surveyWeb = new HttpClient { BaseAddress = platform.Address("survey-web") };
        var page = await Success(await surveyWeb.GetAsync($"/{tenant.Value}/{survey}")).Content.ReadAsStringAsync();
        Assert.Contains(Responsible.Office, WebUtility.HtmlDecode(page));

        using var household = new HttpClient { BaseAddress = platform.Address("surveys") };
        using var answer = new HttpRequestMessage(HttpMethod.Post, $"/public/surveys/{survey}/responses") { Content = JsonContent.Create(Answer) };
        answer.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        Success(await household.SendAsync(answer));

        await Until(() => gaps.GetFromJsonAsync<JsonElement>("/api/gaps"),
            found => found.EnumerateArray().Any(g => g.GetProperty("key").GetString() == "krippe:altstadt:content"), "the krippe gap in the Altstadt");

        // A planner signs in with the development sign-in and sees the gap the planner web read from Gaps.
        using var planner = new HttpClient(new HttpClientHandler { CookieContainer = new() }) { BaseAddress = platform.Address("planner-web") };
        Success(await planner.GetAsync("/health/ready"));
        var signIn = await Success(await planner.GetAsync("/signin/dev?returnUrl=%2Fgaps")).Content.ReadAsStringAsync();
        var signedIn = await Success(await planner.PostAsync("/signin/dev?returnUrl=%2Fgaps", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "dev-signin",
            ["__RequestVerificationToken"] = Antiforgery().Match(signIn).Groups[1].Value,
            ["tenant"] = tenant.Value,
            ["role"] = Roles.Planner,
        }))).Content.ReadAsStringAsync();
        Assert.Contains("Ortsteil Altstadt", signedIn);
    }

    /// <summary>A staff member's client, with a token as the services' settings (development key, issuer, audience) accept it.</summary>
    private static HttpClient Client(SmokePlatform platform, string deployment, Ags tenant)
    {
        var settings = platform.Environments[deployment];
        var jwt = new JwtOptions { SigningKey = settings["Jwt__SigningKey"], Issuer = settings["Jwt__Issuer"], Audience = settings["Jwt__Audience"] };
        var client = new HttpClient { BaseAddress = platform.Address(deployment) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(jwt, tenant, [Roles.Planner], TimeSpan.FromMinutes(30)));
        return client;
    }

    private static HttpResponseMessage Success(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
        return response;
    }

    /// <summary>Polls what events make true, and fails with the last observation after a timeout.</summary>
    private static async Task Until<T>(Func<Task<T>> observe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await observe();
            if (done(value)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited 60 s for {what}; last seen: {JsonSerializer.Serialize(value)}");
            await Task.Delay(200);
        }
    }

    /// <summary>Who is responsible for the survey (Art. 13 GDPR): publishing needs one.</summary>
    private static readonly Responsibility Responsible = new("Stadt Nürnberg", "Amt für Sozialplanung", "Rathausplatz 2, 90403 Nürnberg",
        "sozialplanung@stadt.example", "+49 911 231-0", "Datenschutzbeauftragte der Stadt, datenschutz@stadt.example");

    private sealed record Responsibility(string Municipality, string Office, string Address, string Email, string Phone, string DataProtectionOfficer);

    /// <summary>One household moving in, needing a Krippe place in the Altstadt on Monday mornings.</summary>
    private static readonly object Answer = new
    {
        language = "de",
        consentVersion = "2026-2",
        consent = true,
        householdType = "incoming",
        areaCode = "altstadt",
        awayDays = new[] { "monday" },
        languages = new[] { "de" },
        needs = new[]
        {
            new
            {
                category = "krippe", persons = 1, ageBand = "0-2",
                windows = new[] { new { day = "monday", from = "06:00", to = "08:00", overnight = false } },
                from = (string?)null, until = (string?)null, temporary = true, urgency = "immediate", metToday = "notMet",
            },
        },
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
