using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>A planner makes a survey the current wave of its population; Gaps hears it as SurveyWaveMadeCurrent.</summary>
public sealed class SurveyWavesTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private const string Population = "Haushalte mit Zweitwohnsitz";

    [Fact]
    public async Task Making_a_wave_current_supersedes_the_others_of_its_population_and_is_announced_once_per_marking()
    {
        var tenant = SurveysHost.NewTenant();
        var planner = host.Planner(tenant);
        var first = await planner.PublishedSurvey();
        var second = await planner.PublishedSurvey();
        var alone = await planner.PublishedSurvey();

        var (seen, listener) = await host.ListenAsync<SurveyWaveMadeCurrent>(tenant);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await planner.PutAsJsonAsync($"/api/surveys/{first}/current-wave", new { population = $"  {Population} " })).StatusCode);
            var made = await planner.PutAsJsonAsync($"/api/surveys/{second}/current-wave", new { population = Population });
            Assert.Equal(HttpStatusCode.OK, made.StatusCode);
            var view = await made.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((Population, second, 2), (view.GetProperty("population").GetString(), view.GetProperty("currentSurveyId").GetGuid(), view.GetProperty("revision").GetInt32()));
            Assert.Equal([(first, false), (second, true)], view.GetProperty("waves").EnumerateArray().Select(w => (w.GetProperty("surveyId").GetGuid(), w.GetProperty("current").GetBoolean())));
            // The current wave again, its population left out: nothing changes, nothing is announced — an announcement is a new revision.
            var again = await planner.PutAsJsonAsync($"/api/surveys/{second}/current-wave", new { });
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revision").GetInt32());

            var until = DateTime.UtcNow.AddSeconds(30);
            while (seen.Count < 2 && DateTime.UtcNow < until) await Task.Delay(200);
        }
        finally
        {
            await listener.StopAsync();
        }

        Assert.Equal([$"{first} [] 1", $"{second} [{first}] 2"],
            seen.OrderBy(e => e.Revision).Select(e => $"{e.SurveyId} [{string.Join(",", e.SupersededSurveyIds)}] {e.Revision}"));
        Assert.All(seen, e => Assert.Equal(Population, e.Population));

        var surveys = (await planner.GetFromJsonAsync<JsonElement>("/api/surveys")).EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetGuid(), s => (s.GetProperty("population").GetString(), s.GetProperty("currentWave").GetBoolean()));
        Assert.Equal((Population, false), surveys[first]);
        Assert.Equal((Population, true), surveys[second]);
        Assert.Equal((null, false), surveys[alone]);
        var populations = await planner.GetFromJsonAsync<JsonElement>("/api/surveys/populations");
        Assert.Equal(second, Assert.Single(populations.EnumerateArray()).GetProperty("currentSurveyId").GetGuid());
    }

    [Fact]
    public async Task Bad_markings_are_refused_naming_the_population_and_another_municipalitys_survey_is_not_found()
    {
        var tenant = SurveysHost.NewTenant();
        var planner = host.Planner(tenant);
        var survey = await planner.PublishedSurvey();

        foreach (var body in new object[] { new { }, new { population = "   " }, new { population = new string('x', 121) }, new { population = "Rückfragen an 0911 2345678" } })
        {
            var refused = await planner.PutAsJsonAsync($"/api/surveys/{survey}/current-wave", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("population", out _), JsonSerializer.Serialize(body));
        }

        Assert.Equal(HttpStatusCode.OK, (await planner.PutAsJsonAsync($"/api/surveys/{survey}/current-wave", new { population = Population })).StatusCode);
        // A survey's population stays the one it was first marked in.
        var moved = await planner.PutAsJsonAsync($"/api/surveys/{survey}/current-wave", new { population = "Pendlerhaushalte" });
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.True((await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("population", out _));

        var created = await planner.PostAsJsonAsync("/api/surveys", new { responsible = Planning.Responsible });
        var draft = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("surveyId").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await planner.PutAsJsonAsync($"/api/surveys/{draft}/current-wave", new { population = Population })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound,
            (await host.Planner(SurveysHost.NewTenant()).PutAsJsonAsync($"/api/surveys/{survey}/current-wave", new { population = Population })).StatusCode);
    }
}
