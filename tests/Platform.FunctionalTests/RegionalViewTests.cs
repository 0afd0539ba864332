using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.ServiceDefaults.Auth;
using GutAusgestattet.ServiceDefaults.Tenancy;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>
/// The regional view across municipalities of one district: only those that consent, only sums,
/// withheld below 5 responses or 3 municipalities, and only for an analyst of that district.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RegionalViewTests(PlatformFixture platform)
{
    private static readonly object[] MondayEarly = [new { day = "monday", from = "06:00", to = "08:00", overnight = false }];

    /// <summary>One response with a need per category; no offers exist, so each is a content gap in mitte.</summary>
    private static object Response(params string[] categories) => new
    {
        language = "de", consentVersion = "2026-2", consent = true, householdType = "incoming", areaCode = "mitte",
        awayDays = new[] { "monday" }, languages = new[] { "de" },
        needs = categories.Select(category => new
        {
            category, persons = 1, ageBand = "3-5", windows = MondayEarly, from = (string?)null, until = (string?)null,
            temporary = false, urgency = "immediate", metToday = "notMet",
        }).ToArray(),
    };

    private async Task Municipality(Ags tenant, params string[][] responses)
    {
        await platform.LearnAreas(tenant, "mitte");
        var survey = await platform.PublishedSurvey(tenant);
        var surveys = platform.App.CreateHttpClient("surveys");
        foreach (var categories in responses) await surveys.SendAsync(Submit(survey, Response(categories))).Created<JsonElement>();
        var expected = responses.SelectMany(c => c).Distinct().Count();
        await Eventually.Get(() => platform.Client("gaps", tenant).List<JsonElement>("/api/gaps"),
            g => g.Count == expected && g.Sum(x => x.GetProperty("responses").GetInt32()) == responses.Sum(c => c.Length), $"the content gaps of {tenant}");
    }

    private async Task Consent(Ags tenant, bool consent)
    {
        var set = await platform.Client("gaps", tenant, Roles.DataSteward).PutAsJsonAsync("/api/gaps/regional-consent", new { consent }).Created<JsonElement>();
        Assert.Equal(consent, set.GetProperty("consent").GetBoolean());
    }

    private static Ags In(string district, string municipality) => Ags.Parse(district + municipality);

    [Fact]
    public async Task An_analyst_reads_sums_of_the_consenting_municipalities_of_their_district_only_with_small_cells_withheld()
    {
        // State 05 is used by no other test, so the district holds only this test's municipalities.
        var number = Random.Shared.Next(0, 1000);
        var district = $"05{number:D3}";
        var elsewhere = $"05{(number + 1) % 1000:D3}";
        Ags a = In(district, "001"), b = In(district, "002"), c = In(district, "003"), withdrawn = In(district, "004"), never = In(district, "005"), outside = In(elsewhere, "001");

        await Task.WhenAll(
            Municipality(a, ["kita", "krippe", "hort"], ["kita", "krippe"], ["krippe"]),
            Municipality(b, ["kita", "krippe", "hort"], ["kita", "krippe"]),
            Municipality(c, ["kita", "hort"]),
            Municipality(withdrawn, ["kita"]),
            Municipality(never, ["kita"]),
            Municipality(outside, ["kita", "krippe"], ["kita", "krippe"], ["kita", "krippe"]));

        var consent = await platform.Client("gaps", a, Roles.DataSteward).GetFromJsonAsync<JsonElement>("/api/gaps/regional-consent");
        Assert.Equal((district, false), (consent.GetProperty("district").GetString(), consent.GetProperty("consent").GetBoolean()));
        foreach (var tenant in new[] { a, b, c, withdrawn, outside }) await Consent(tenant, true);
        await Consent(withdrawn, false);
        Assert.False((await platform.Client("gaps", withdrawn, Roles.DataSteward).GetFromJsonAsync<JsonElement>("/api/gaps/regional-consent")).GetProperty("consent").GetBoolean());

        var analyst = platform.Client("gaps", In(district, "000"), "regional-analyst");
        var view = await analyst.GetFromJsonAsync<JsonElement>($"/api/regions/{district}/gaps");
        Assert.Equal((district, 3), (view.GetProperty("district").GetString(), view.GetProperty("consentingMunicipalities").GetInt32()));
        var rows = view.GetProperty("gaps").EnumerateArray().ToDictionary(g => $"{g.GetProperty("category").GetString()}:{g.GetProperty("kind").GetString()}");
        Assert.Equal(["hort:content", "kita:content", "krippe:content"], rows.Keys.Order());

        // a, b and c: 5 responses in 3 municipalities — the withdrawn, the never consenting and the other district's are not in it.
        var kita = rows["kita:content"];
        Assert.False(kita.GetProperty("suppressed").GetBoolean());
        Assert.Equal((3, 5, 5.0, 10.0), (kita.GetProperty("municipalities").GetInt32(), kita.GetProperty("responses").GetInt32(),
            kita.GetProperty("estimatedPersons").GetDouble(), kita.GetProperty("personHours").GetDouble()));
        // krippe: 5 responses but 2 municipalities (either could subtract its own); hort: 3 responses.
        foreach (var withheld in new[] { rows["krippe:content"], rows["hort:content"] })
        {
            Assert.True(withheld.GetProperty("suppressed").GetBoolean());
            Assert.All(new[] { "municipalities", "responses", "estimatedPersons", "personHours" },
                figure => Assert.Equal(JsonValueKind.Null, withheld.GetProperty(figure).ValueKind));
        }

        // The other district's analyst sees its one consenting municipality only as withheld sums, and not this district at all.
        var otherAnalyst = platform.Client("gaps", In(elsewhere, "000"), "regional-analyst");
        var otherView = await otherAnalyst.GetFromJsonAsync<JsonElement>($"/api/regions/{elsewhere}/gaps");
        Assert.Equal(1, otherView.GetProperty("consentingMunicipalities").GetInt32());
        Assert.All(otherView.GetProperty("gaps").EnumerateArray(), g => Assert.True(g.GetProperty("suppressed").GetBoolean()));
        await Problem(await otherAnalyst.GetAsync($"/api/regions/{district}/gaps"), HttpStatusCode.Forbidden);

        // Planners do not read regional views, analysts do not consent for a municipality, and a district has 5 digits.
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.Client("gaps", a).GetAsync($"/api/regions/{district}/gaps")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync("/api/gaps/regional-consent", new { consent = true })).StatusCode);
        var bad = await Problem(await analyst.GetAsync("/api/regions/0516/gaps"), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("district", out _));
        var missing = await Problem(await platform.Client("gaps", a, Roles.DataSteward).PutAsJsonAsync("/api/gaps/regional-consent", new { }), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("consent", out _));
    }
}
