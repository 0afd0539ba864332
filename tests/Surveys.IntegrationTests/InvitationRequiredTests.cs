using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>A survey that only the codes from the letters answer: its open link takes no answers, the codes still do.</summary>
public sealed class InvitationRequiredTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private async Task<(HttpClient Planner, Guid Survey)> Published(bool? invitationRequired)
    {
        var tenant = SurveysHost.NewTenant();
        await host.KnowArea(tenant, "mitte");
        var planner = host.Planner(tenant);
        return (planner, await planner.PublishedSurvey(invitationRequired: invitationRequired));
    }

    private static async Task<string> Invitation(HttpClient planner, Guid survey)
    {
        var batch = await (await planner.PostAsJsonAsync($"/api/surveys/{survey}/invitations", new { count = 1 })).Content.ReadFromJsonAsync<JsonElement>();
        return batch.GetProperty("codes")[0].GetString()!;
    }

    private async Task<bool> PubliclyRequired(Guid survey) =>
        (await host.CreateClient().GetFromJsonAsync<JsonElement>($"/public/surveys/{survey}")).GetProperty("invitationRequired").GetBoolean();

    [Fact]
    public async Task When_required_an_answer_without_a_code_is_refused_with_problem_details_and_one_with_a_code_is_stored()
    {
        var (planner, survey) = await Published(invitationRequired: true);

        Assert.True(await PubliclyRequired(survey));
        var refused = await host.Answer(survey);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("code from the letter", problem.GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey, await Invitation(planner, survey))).StatusCode);
    }

    [Fact]
    public async Task By_default_the_open_link_answers_and_the_planner_can_switch_it_off_and_on_again()
    {
        var (planner, survey) = await Published(invitationRequired: null);

        Assert.False(await PubliclyRequired(survey));
        Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey)).StatusCode);

        var closed = await planner.PutAsJsonAsync($"/api/surveys/{survey}/access", new { invitationRequired = true });
        Assert.True((await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationRequired").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Answer(survey)).StatusCode);
        Assert.True((await planner.GetFromJsonAsync<JsonElement>($"/api/surveys/{survey}")).GetProperty("invitationRequired").GetBoolean());

        Assert.Equal(HttpStatusCode.BadRequest, (await planner.PutAsJsonAsync($"/api/surveys/{survey}/access", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.PutAsJsonAsync($"/api/surveys/{survey}/access", new { invitationRequired = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey)).StatusCode);
    }

    [Fact]
    public async Task Another_municipality_cannot_change_the_setting()
    {
        var (_, survey) = await Published(invitationRequired: true);

        var other = host.Planner(SurveysHost.NewTenant());
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/surveys/{survey}/access", new { invitationRequired = false })).StatusCode);
        Assert.True(await PubliclyRequired(survey));
    }
}
