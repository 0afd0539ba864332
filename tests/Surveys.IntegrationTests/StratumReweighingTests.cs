using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Apis;
using GutAusgestattet.Surveys.Persistence;
using GutAusgestattet.Surveys.Weighting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GutAusgestattet.Surveys.IntegrationTests;

/// <summary>
/// Answers queue their stratum for reweighing instead of reweighing it in their request: the weights still end exact,
/// announced under increasing revisions, and no answer waits for another's reweigh. The host's answers all come from one
/// client address, so the class stays under the per-client rate limit (60 a minute).
/// </summary>
public sealed class StratumReweighingTests(SurveysHost host) : IClassFixture<SurveysHost>
{
    private static readonly Stratum Mitte = new("mitte", "incoming");

    /// <summary>By hand: 120 incoming households in Mitte answered 30 times → 4 each.</summary>
    [Fact]
    public async Task Concurrent_answers_of_one_stratum_end_with_one_exact_weight_under_increasing_revisions()
    {
        var (tenant, survey) = await SurveyWithCount(120);
        var (seen, listener) = await host.ListenAsync<NeedsReweighted>(tenant);
        try
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => host.Answer(survey)));
            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
            await Reweighed(tenant, survey, seen, weight: 4);
        }
        finally
        {
            await listener.StopAsync();
        }

        var published = seen.Where(w => w.SurveyId == survey).OrderBy(w => w.Revision).ToList();
        Assert.Equal(published.Count, published.Select(w => w.Revision).Distinct().Count());
        // More answers, each standing for fewer households: in revision order the weights only fall, and end at 4, once.
        Assert.Equal(published.Select(w => w.Weight).OrderDescending(), published.Select(w => w.Weight));
        Assert.Equal(4, published[^1].Weight);
        Assert.Single(published, w => w.Weight == 4);
        var stratum = Assert.Single((await host.Planner(tenant).GetFromJsonAsync<List<StratumView>>($"/api/surveys/{survey}/weights"))!);
        Assert.Equal((30, 4.0), (stratum.Responses, stratum.Weight));
    }

    [Fact]
    public async Task An_answer_is_acknowledged_while_a_reweigh_of_its_stratum_holds_the_stratum()
    {
        var (tenant, survey) = await SurveyWithCount(120);
        var (seen, listener) = await host.ListenAsync<NeedsReweighted>(tenant);
        try
        {
            Assert.Equal(HttpStatusCode.Created, (await host.Answer(survey)).StatusCode);
            var alone = await Reweighed(tenant, survey, seen, weight: 120);

            await using (var scope = host.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant);
                var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
                await db.InTransactionAsync(async ct =>
                {
                    await scope.ServiceProvider.GetRequiredService<StratumWeights>().ReweighAsync(survey, [Mitte], ct);
                    // Before, the answer bumped the same stratum row and waited for this transaction to end: here, forever.
                    var answer = await host.Answer(survey).WaitAsync(TimeSpan.FromSeconds(30), ct);
                    Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
                }, CancellationToken.None);
            }
            await Reweighed(tenant, survey, seen, weight: 60, after: alone.Revision);
        }
        finally
        {
            await listener.StopAsync();
        }
    }

    /// <summary>By hand: 3 answers for 120 households weigh 40; one withdrawn leaves 2 weighing 60.</summary>
    [Fact]
    public async Task A_withdrawal_reweighs_its_stratum()
    {
        var (tenant, survey) = await SurveyWithCount(120);
        var (seen, listener) = await host.ListenAsync<NeedsReweighted>(tenant);
        try
        {
            var receipts = new List<Receipt>();
            for (var i = 0; i < 3; i++)
                receipts.Add((await (await host.Answer(survey)).Content.ReadFromJsonAsync<Receipt>())!);
            var forty = await Reweighed(tenant, survey, seen, weight: 40);

            Assert.Equal(HttpStatusCode.NoContent, (await host.Receipt(HttpMethod.Delete, receipts[0].ReceiptCode)).StatusCode);
            await Reweighed(tenant, survey, seen, weight: 60, after: forty.Revision);
        }
        finally
        {
            await listener.StopAsync();
        }
    }

    private async Task<(Ags Tenant, Guid Survey)> SurveyWithCount(int households)
    {
        var tenant = SurveysHost.NewTenant();
        await host.KnowArea(tenant, Mitte.AreaCode);
        var planner = host.Planner(tenant);
        (await planner.PutAsJsonAsync("/api/weighting/counts",
            new KnownCountsRequest([new KnownCountEntry(Mitte.AreaCode, Mitte.HouseholdType, households)]))).EnsureSuccessStatusCode();
        return (tenant, await planner.PublishedSurvey());
    }

    /// <summary>
    /// Waits until the queue holds nothing of the survey and <paramref name="weight"/> was announced for its stratum under a
    /// revision after <paramref name="after"/>; returns that announcement.
    /// </summary>
    private async Task<NeedsReweighted> Reweighed(Ags tenant, Guid survey, ConcurrentQueue<NeedsReweighted> seen, double weight, long after = 0)
    {
        bool Announced(NeedsReweighted w) => w.SurveyId == survey && w.Weight == weight && w.Revision > after;
        Task<bool> Queued() => host.InTenant(tenant, db => db.ReweighRequests.AnyAsync(r => r.SurveyId == survey));
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until && (await Queued() || !seen.Any(Announced)))
            await Task.Delay(100);
        Assert.False(await Queued(), "the queue to be taken");
        return Assert.Single(seen, Announced);
    }
}
