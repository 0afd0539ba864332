using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GutAusgestattet.ServiceDefaults.Tenancy;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>Respondents learn who processes their answers before they answer (Art. 13 GDPR): no survey is published without it.</summary>
public sealed class ResponsibleBodyTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private static Ags NewTenant() => Ags.Parse($"07{Random.Shared.Next(0, 1_000_000):D6}");

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Publishing_a_draft_that_names_no_responsible_body_is_refused_with_409_until_a_draft_edit_names_one()
    {
        var planner = host.Planner(NewTenant());
        var draft = await (await planner.PostAsJsonAsync("/api/surveys", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var id = draft.GetProperty("surveyId").GetGuid();

        var refused = await Problem(await planner.PostAsync($"/api/surveys/{id}/publish", null), HttpStatusCode.Conflict);
        Assert.Contains("Art. 13 GDPR", refused.GetProperty("title").GetString());
        Assert.Contains("responsible", refused.GetProperty("detail").GetString());
        Assert.True(refused.GetProperty("errors").TryGetProperty("responsible", out _), refused.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await host.CreateClient().GetAsync($"/public/surveys/{id}")).StatusCode);

        var definition = JsonNode.Parse(draft.GetProperty("definition").GetRawText())!;
        definition["responsible"] = JsonSerializer.SerializeToNode(Planning.Responsible);
        (await planner.PutAsJsonAsync($"/api/surveys/{id}/draft", definition)).EnsureSuccessStatusCode();
        (await planner.PostAsync($"/api/surveys/{id}/publish", null)).EnsureSuccessStatusCode();

        var shown = await host.CreateClient().GetFromJsonAsync<JsonElement>($"/public/surveys/{id}");
        Assert.Equal("Amt für Sozialplanung", shown.GetProperty("responsible").GetProperty("office").GetString());
    }

    public static TheoryData<string, object, string> BadBodies => new()
    {
        { "no @", new { municipality = "Stadt Nürnberg", office = "Sozialamt", address = "Rathausplatz 2", email = "sozialplanung.stadt.example" }, "responsible.email" },
        { "no domain", new { municipality = "Stadt Nürnberg", office = "Sozialamt", address = "Rathausplatz 2", email = "sozialplanung@stadt" }, "responsible.email" },
        { "a space", new { municipality = "Stadt Nürnberg", office = "Sozialamt", address = "Rathausplatz 2", email = "sozial planung@stadt.example" }, "responsible.email" },
        { "blank municipality", new { municipality = " ", office = "Sozialamt", address = "Rathausplatz 2", email = "a@stadt.example" }, "responsible.municipality" },
        { "office too long", new { municipality = "Stadt Nürnberg", office = new string('x', 301), address = "Rathausplatz 2", email = "a@stadt.example" }, "responsible.office" },
        { "empty phone", new { municipality = "Stadt Nürnberg", office = "Sozialamt", address = "Rathausplatz 2", email = "a@stadt.example", phone = "" }, "responsible.phone" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_responsible_body_breaking_a_rule_is_refused_with_400_naming_the_field_and_nothing_is_stored(string rule, object responsible, string field)
    {
        var planner = host.Planner(NewTenant());

        var problem = await Problem(await planner.PostAsJsonAsync("/api/surveys", new { responsible }), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{rule}: {problem}");
        Assert.Empty(await planner.GetFromJsonAsync<List<JsonElement>>("/api/surveys") ?? []);
    }
}
