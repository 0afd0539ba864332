using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.ServiceDefaults.Auth;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>Raw answers, their retention and their erasure are the data steward's, and every such act is in the audit log.</summary>
public sealed class DataStewardTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private async Task<(Guid Survey, JsonElement Receipt)> AnsweredSurvey(GutAusgestattet.ServiceDefaults.Tenancy.Ags tenant)
    {
        await host.KnowArea(tenant, "mitte");
        var survey = await host.Planner(tenant).PublishedSurvey();
        var answered = await host.Answer(survey);
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        return (survey, await answered.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Planners_and_admins_neither_read_raw_answers_nor_change_retention_nor_erase_nor_read_the_audit_log()
    {
        var tenant = SurveysHost.NewTenant();
        var (survey, receipt) = await AnsweredSurvey(tenant);
        var response = receipt.GetProperty("responseId").GetGuid();
        foreach (var role in new[] { Roles.Planner, Roles.Admin })
        {
            var staff = host.Staff(tenant, role);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/surveys/{survey}/answers.csv")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/surveys/raw-data")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"/api/surveys/{survey}/retention", new { days = 30 })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden,
                (await staff.PostAsJsonAsync($"/api/surveys/{survey}/answers/{response}/erasure", new { reason = "Schreiben vom 1.12." })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/audit")).StatusCode);
        }
        // Planning goes on without them: the counts stay the planner's.
        Assert.Equal(1, (await host.Planner(tenant).GetFromJsonAsync<JsonElement>($"/api/surveys/{survey}/counts")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_steward_erases_an_answer_without_its_receipt_code_and_the_audit_log_says_who_did_what_and_why()
    {
        var tenant = SurveysHost.NewTenant();
        var (survey, receipt) = await AnsweredSurvey(tenant);
        var response = receipt.GetProperty("responseId").GetGuid();
        var steward = host.Steward(tenant);

        var held = await steward.GetFromJsonAsync<JsonElement>("/api/surveys/raw-data");
        var row = held.EnumerateArray().Single(s => s.GetProperty("surveyId").GetGuid() == survey);
        Assert.Equal((1, 1, 365), (row.GetProperty("answers").GetInt32(), row.GetProperty("rawHeld").GetInt32(), row.GetProperty("retentionDays").GetInt32()));

        Assert.Contains(response.ToString(), await steward.GetStringAsync($"/api/surveys/{survey}/answers.csv"));
        Assert.Equal(HttpStatusCode.OK, (await steward.PutAsJsonAsync($"/api/surveys/{survey}/retention", new { days = 90 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steward.PutAsJsonAsync($"/api/surveys/{survey}/retention", new { days = 90 })).StatusCode); // no change, no entry

        var noReason = await steward.PostAsJsonAsync($"/api/surveys/{survey}/answers/{response}/erasure", new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.NotFound,
            (await host.Steward(SurveysHost.NewTenant()).PostAsJsonAsync($"/api/surveys/{survey}/answers/{response}/erasure", new { reason = "Az. 7" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await steward.PostAsJsonAsync($"/api/surveys/{survey}/answers/{Guid.NewGuid()}/erasure", new { reason = "Az. 7" })).StatusCode);

        var erased = await steward.PostAsJsonAsync($"/api/surveys/{survey}/answers/{response}/erasure", new { reason = "Schreiben vom 2.12., Az. 123/26" });
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Receipt(HttpMethod.Get, receipt.GetProperty("receiptCode").GetString()!)).StatusCode);
        Assert.Equal(0, (await host.Planner(tenant).GetFromJsonAsync<JsonElement>($"/api/surveys/{survey}/counts")).GetProperty("total").GetInt32());

        var log = (await steward.GetFromJsonAsync<JsonElement>("/api/audit")).EnumerateArray().ToList();
        Assert.Equal(["answer-erased", "retention-changed", "answers-exported"], log.Select(e => e.GetProperty("action").GetString()));
        Assert.All(log, e => Assert.Equal("steward", e.GetProperty("actor").GetString()));
        Assert.Equal("Schreiben vom 2.12., Az. 123/26", log[0].GetProperty("detail").GetString());
        Assert.Contains(response.ToString(), log[0].GetProperty("subject").GetString());
        Assert.Equal("365 → 90 days", log[1].GetProperty("detail").GetString());
        Assert.Equal("answers with raw data: 1", log[2].GetProperty("detail").GetString());

        Assert.Single((await steward.GetFromJsonAsync<JsonElement>("/api/audit?action=retention-changed")).EnumerateArray());
        var unknown = await steward.GetAsync("/api/audit?action=deleted");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Empty((await host.Steward(SurveysHost.NewTenant()).GetFromJsonAsync<JsonElement>("/api/audit")).EnumerateArray());
    }
}
