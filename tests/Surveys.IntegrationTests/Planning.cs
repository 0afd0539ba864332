using System.Net.Http.Json;
using System.Text.Json;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>What the tests do as a planner before households answer.</summary>
public static class Planning
{
    /// <summary>Who is responsible for the surveys the tests publish (Art. 13 GDPR): publishing needs one.</summary>
    public static readonly object Responsible = new
    {
        municipality = "Stadt Nürnberg",
        office = "Amt für Sozialplanung",
        address = "Rathausplatz 2, 90403 Nürnberg",
        email = "sozialplanung@stadt.example",
    };

    /// <summary>
    /// A survey from the template naming <see cref="Responsible"/>, published; the default retention when none is given,
    /// answered through the open link unless <paramref name="invitationRequired"/>; <paramref name="responsible"/> instead where another
    /// municipality publishes.
    /// </summary>
    public static async Task<Guid> PublishedSurvey(this HttpClient planner, int? retentionDays = null, bool? invitationRequired = null, object? responsible = null)
    {
        var created = await planner.PostAsJsonAsync("/api/surveys", new { responsible = responsible ?? Responsible, retentionDays, invitationRequired });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("surveyId").GetGuid();
        var published = await planner.PostAsync($"/api/surveys/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        return id;
    }
}
