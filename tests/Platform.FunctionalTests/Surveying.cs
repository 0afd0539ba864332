using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The steps every survey test takes: areas Surveys knows, a published survey, an answer and its submission.</summary>
public static class Surveying
{
    public static object Answer(string language = "de", string area = "altstadt", object? windows = null, string? until = "2027-07-31", string category = "krippe",
        string? from = "2027-01-01", string householdType = "incoming", int persons = 1, object? workplace = null, bool temporary = true) => new
        {
            language,
            consentVersion = "2026-2",
            consent = true,
            householdType,
            areaCode = area,
            awayDays = new[] { "monday", "tuesday" },
            languages = new[] { "pl", "de" },
            needs = new[]
        {
            new
            {
                category, persons, ageBand = "0-2",
                windows = windows ?? new[] { new { day = "monday", from = "06:00", to = "08:00", overnight = false }, new { day = "friday", from = "22:00", to = "06:00", overnight = true } },
                from, until, temporary, urgency = "immediate", metToday = "notMet",
            },
        },
            workplace,
        };

    public static HttpRequestMessage Submit(Guid survey, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/public/surveys/{survey}/responses") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return request;
    }

    /// <summary>One household of <paramref name="persons"/> answers the published survey: Kita on Mondays 08:00–12:00 near home in
    /// <paramref name="area"/>, from now on, lasting (no short-term place asked) — inside the opening hours of <see cref="Api.OfferBody"/>,
    /// so only places can be missing.</summary>
    public static async Task Answers(this PlatformFixture platform, Guid survey, string area, int persons)
    {
        var monday = new[] { new { day = "monday", from = "08:00", to = "12:00", overnight = false } };
        using var anonymous = platform.App.CreateHttpClient("surveys");
        (await anonymous.SendAsync(Submit(survey, Answer(area: area, category: "kita", persons: persons, windows: monday, from: null, until: null, temporary: false)))).EnsureSuccessStatusCode();
    }

    public static readonly object[] AtWorkOnMondays = [new { day = "monday", from = "06:00", to = "08:00", overnight = false, place = "workplace" }];

    /// <summary>
    /// Two municipalities that consent to the regional exchange: five households of the first (area altstadt) need a Krippe place
    /// on Mondays 06:00–08:00 near the workplace in area gewerbe of the second, answered through the first's published survey.
    /// </summary>
    public static async Task<(Ags Home, Ags Work, Guid Survey)> WorkingNeighbours(this PlatformFixture platform)
    {
        var (home, work) = (PlatformFixture.NewTenant(), PlatformFixture.NewTenant());
        await platform.LearnAreas(home, "altstadt");
        await platform.LearnAreas(work, "gewerbe");
        var survey = await platform.PublishedSurvey(home);
        foreach (var tenant in new[] { home, work })
            (await platform.Client("gaps", tenant, Roles.DataSteward).PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).EnsureSuccessStatusCode();
        var anonymous = platform.App.CreateHttpClient("surveys");
        for (var i = 0; i < 5; i++)
            (await anonymous.SendAsync(Submit(survey, Answer(windows: AtWorkOnMondays, from: null, until: null,
                workplace: new { ags = work.Value, areaCode = "gewerbe" })))).EnsureSuccessStatusCode();
        return (home, work, survey);
    }

    /// <summary>Defines the areas in Inventory and waits until Surveys has learnt them from AreaDefined.</summary>
    public static async Task LearnAreas(this PlatformFixture platform, Ags tenant, params string[] areas)
    {
        await using var probe = await platform.Probe<AreaDefined>();
        var inventory = platform.Client("inventory", tenant);
        foreach (var area in areas)
            (await inventory.PutAsJsonAsync($"/api/areas/{area}", new { name = $"Ortsteil {area}", latitude = 49.45, longitude = 11.07 })).EnsureSuccessStatusCode();
        foreach (var area in areas) await probe.Next(m => m.TenantId == tenant.Value && m.AreaCode == area);
        await platform.SurveysKnow(tenant, areas);
    }

    /// <summary>Inventory published the areas; Surveys consumes them on its own time.</summary>
    public static async Task SurveysKnow(this PlatformFixture platform, Ags tenant, params string[] areas)
    {
        var surveys = platform.Client("surveys", tenant);
        await Eventually.Get(() => surveys.List<JsonElement>("/api/areas"),
            known => areas.All(area => known.Any(k => k.GetProperty("code").GetString() == area)), "Surveys to learn the areas from AreaDefined");
    }

    /// <summary>Who is responsible for every survey the tests publish (Art. 13 GDPR): publishing needs one.</summary>
    public static readonly object Responsible = new
    {
        municipality = "Stadt Nürnberg",
        office = "Amt für Sozialplanung",
        address = "Rathausplatz 2, 90403 Nürnberg",
        email = "sozialplanung@stadt.example",
        phone = "+49 911 231-0",
        dataProtectionOfficer = "Datenschutzbeauftragte der Stadt, datenschutz@stadt.example",
    };

    /// <summary>A new municipality with the areas altstadt and mitte, known to Surveys, and a published survey.</summary>
    public static async Task<(Ags Tenant, Guid Survey)> OpenSurvey(this PlatformFixture platform)
    {
        var tenant = PlatformFixture.NewTenant();
        await platform.LearnAreas(tenant, "altstadt", "mitte");
        return (tenant, await platform.PublishedSurvey(tenant));
    }

    /// <summary>A survey from the template naming <see cref="Responsible"/> (or from <paramref name="create"/>, which must name one), published.</summary>
    public static async Task<Guid> PublishedSurvey(this PlatformFixture platform, Ags tenant, object? create = null)
    {
        var surveys = platform.Client("surveys", tenant);
        var draft = await surveys.PostAsJsonAsync("/api/surveys", create ?? new { responsible = Responsible }).Created<JsonElement>();
        var id = draft.GetProperty("surveyId").GetGuid();
        (await surveys.PostAsync($"/api/surveys/{id}/publish", null)).EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
