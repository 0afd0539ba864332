using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using GutAusgestattet.ServiceDefaults.Tenancy;
using static GutAusgestattet.FunctionalTests.Surveying;

namespace GutAusgestattet.FunctionalTests;

/// <summary>The steps the partner tests share: partners, and a real gap that Partners learnt from the Gaps service.</summary>
public static class Partnering
{
    public static object Company(string name, double latitude, double longitude, int incomings, string sector = "H", string? register = null, string postalCode = "90402") => new
    {
        name, kind = "company", sector, tradeRegisterNumber = register,
        sites = new[] { new { name = "Werk", address = $"{name}straße 1", postalCode, latitude, longitude, employees = 500, incomings, outgoings = 0 } },
    };

    public static async Task<Guid> Register(this HttpClient partners, object body) =>
        (await partners.PostAsJsonAsync("/api/partners", body).Created<JsonElement>()).GetProperty("id").GetGuid();

    /// <summary>
    /// An incoming household needs a Kita place in <paramref name="area"/>, where no Kita is: the
    /// survey's answer makes the Gaps service detect a gap, and Partners follows it (and the area's centre).
    /// </summary>
    public static async Task<string> RealGap(this PlatformFixture platform, Ags tenant, string area = "mitte")
    {
        await platform.LearnAreas(tenant, area);
        var survey = await platform.PublishedSurvey(tenant);
        var monday = new[] { new { day = "monday", from = "08:00", to = "10:00", overnight = false } };
        (await platform.App.CreateHttpClient("surveys").SendAsync(Submit(survey, Answer(area: area, category: "kita", windows: monday, from: null, until: null)))).EnsureSuccessStatusCode();
        var partners = platform.Client("partners", tenant);
        var gaps = await Eventually.Get(() => partners.List<JsonElement>("/api/outreach/gaps"),
            g => g.Any(x => x.GetProperty("category").GetString() == "kita"), "Partners to learn the Kita gap");
        var key = gaps.First(x => x.GetProperty("category").GetString() == "kita").GetProperty("gapKey").GetString()!;
        await partners.CentreKnown(key);
        return key;
    }

    /// <summary>Until then the suggestions answer 404 (gap unknown) or say the centre is not known.</summary>
    private static Task<string> CentreKnown(this HttpClient partners, string gapKey) =>
        Eventually.Get(async () =>
            {
                using var answer = await partners.GetAsync($"/api/outreach/gaps/{gapKey}/suggestions");
                return $"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}";
            },
            s => s.StartsWith("200 ", StringComparison.Ordinal) && s.Contains("\"areaCentreKnown\":true", StringComparison.Ordinal),
            "Partners to learn the gap and its area's centre from AreaDefined");

    /// <summary>
    /// Partners learns offers from Inventory's events on its own time. An agreement it can only refuse
    /// (no partner, no gap, nothing stored) tells when it no longer refuses the offer.
    /// </summary>
    public static Task<string> OfferKnown(this HttpClient partners, Guid offerId) =>
        Eventually.Get(async () =>
            {
                using var answer = await partners.PostAsJsonAsync("/api/agreements",
                    new { kind = "reservedPlaces", terms = new { offerId, category = "kita", from = DateOnly.FromDateTime(DateTime.UtcNow) } });
                return await answer.Content.ReadAsStringAsync();
            },
            s => s.Contains("\"partnerIds\"", StringComparison.Ordinal) && !s.Contains("\"terms.offerId\"", StringComparison.Ordinal),
            "Partners to learn the offer from OfferRegistered");
}
