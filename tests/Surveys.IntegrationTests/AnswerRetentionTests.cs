using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Answers;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GutAusgestattet.Surveys.IntegrationTests;

public sealed class AnswerRetentionTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private AnswerRetention Retention => host.Services.GetServices<IHostedService>().OfType<AnswerRetention>().Single();

    private async Task<string> Answer(Guid survey)
    {
        var response = await host.Answer(survey);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!;
    }

    [Fact]
    public async Task Raw_answers_are_deleted_after_the_surveys_retention_period_while_the_response_still_counts_and_can_be_withdrawn()
    {
        var tenant = SurveysHost.NewTenant();
        var planner = host.Planner(tenant);
        await host.KnowArea(tenant, "mitte");
        var shortLived = await planner.PublishedSurvey(retentionDays: 30);
        var kept = await planner.PublishedSurvey();
        var receipt = await Answer(shortLived);
        var keptReceipt = await Answer(kept);

        host.Clock.Advance(TimeSpan.FromDays(29));
        await Retention.DeleteExpiredAsync(CancellationToken.None);
        Assert.Equal(JsonValueKind.Object, (await host.ReceiptView(receipt)).GetProperty("answers").ValueKind);

        host.Clock.Advance(TimeSpan.FromDays(2));
        Assert.True(await Retention.DeleteExpiredAsync(CancellationToken.None) >= 1);

        var view = await host.ReceiptView(receipt);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("answers").ValueKind);
        // The request's hash goes too: with it, a guess at the answers could be confirmed.
        Assert.Null(await RequestHash(tenant, view.GetProperty("responseId").GetGuid()));
        Assert.NotNull(await RequestHash(tenant, (await host.ReceiptView(keptReceipt)).GetProperty("responseId").GetGuid()));
        Assert.Equal(host.Clock.GetUtcNow(), view.GetProperty("rawDeletedAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        var csv = await host.Steward(tenant).GetStringAsync($"/api/surveys/{shortLived}/answers.csv");
        Assert.Single(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header alone
        var counts = await planner.GetFromJsonAsync<JsonElement>($"/api/surveys/{shortLived}/counts");
        Assert.Equal(1, counts.GetProperty("total").GetInt32());

        // The other survey keeps its answers for the default year.
        Assert.Equal(JsonValueKind.Object, (await host.ReceiptView(keptReceipt)).GetProperty("answers").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await host.Receipt(HttpMethod.Delete, receipt)).StatusCode);
        Assert.Equal(0, (await planner.GetFromJsonAsync<JsonElement>($"/api/surveys/{shortLived}/counts")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Retention_publishes_AnswersRetired_with_exactly_the_answers_it_retired_once_per_survey()
    {
        var tenant = SurveysHost.NewTenant();
        var planner = host.Planner(tenant);
        await host.KnowArea(tenant, "mitte");
        var shortLived = await planner.PublishedSurvey(retentionDays: 30);
        var kept = await planner.PublishedSurvey();
        List<Guid> retiring = [];
        foreach (var _ in Enumerable.Range(0, 3))
            retiring.Add((await host.ReceiptView(await Answer(shortLived))).GetProperty("responseId").GetGuid());
        await Answer(kept);

        var (seen, listener) = await host.ListenAsync<AnswersRetired>(tenant);
        try
        {
            host.Clock.Advance(TimeSpan.FromDays(31));
            await Retention.DeleteExpiredAsync(CancellationToken.None);
            await Retention.DeleteExpiredAsync(CancellationToken.None); // nothing left to retire: no second event
            var until = DateTime.UtcNow.AddSeconds(30);
            while (seen.IsEmpty && DateTime.UtcNow < until) await Task.Delay(200);
            await Task.Delay(1000); // time for a wrong second event to arrive
        }
        finally
        {
            await listener.StopAsync();
        }

        var retired = Assert.Single(seen);
        Assert.Equal(shortLived, retired.SurveyId);
        Assert.Equal(retiring.Order(), retired.ResponseIds.Order());
    }

    private async Task<string?> RequestHash(Ags tenant, Guid answer)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
        return await scope.ServiceProvider.GetRequiredService<SurveysDbContext>().Answers.Where(a => a.Id == answer).Select(a => a.RequestHash).SingleAsync();
    }

    [Fact]
    public async Task A_retention_period_outside_one_day_to_ten_years_is_refused_naming_the_field()
    {
        var tenant = SurveysHost.NewTenant();
        var planner = host.Planner(tenant);
        var steward = host.Steward(tenant);
        var refused = await planner.PostAsJsonAsync("/api/surveys", new { retentionDays = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("retentionDays", out _));

        var id = await planner.PublishedSurvey();
        var tooLong = await steward.PutAsJsonAsync($"/api/surveys/{id}/retention", new { days = 3651 });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("days", out _));
        var set = await steward.PutAsJsonAsync($"/api/surveys/{id}/retention", new { days = 90 });
        Assert.Equal(90, (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retentionDays").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Steward(SurveysHost.NewTenant()).PutAsJsonAsync($"/api/surveys/{id}/retention", new { days = 90 })).StatusCode);
    }
}
