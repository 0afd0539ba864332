using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Weighting;

/// <summary>
/// Reweighs the queued strata (<see cref="ReweighRequest"/>): each stratum once for all the answers queued since its
/// last reweigh, in a transaction of its survey's own, and deletes the requests it took. One replica at a time (a
/// <see cref="DatabaseLock"/>), so two never take the same request; a request committed after a round read the queue
/// waits for the next round, which counts its answer — the last weight published for a stratum is the one for all
/// its committed answers.
/// </summary>
public sealed class StratumReweighing(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<StratumReweighing> logger) : BackgroundService
{
    /// <summary>At most this many requests per round: one read, however many answers a campaign or an import queued.</summary>
    public const int RoundSize = 10_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Short: the weight of a new answer's stratum lags its NeedsReported by up to this.
        using var timer = new PeriodicTimer(configuration.GetValue("Surveys:ReweighInterval", TimeSpan.FromMilliseconds(200)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await ReweighQueuedAsync(stoppingToken) == RoundSize) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The requests stay queued (their transaction rolled back) and are taken again next round.
                logger.LogError(e, "Reweighing the queued strata failed; trying again at the next round");
            }
        }
    }

    /// <summary>One round; returns how many requests it took.</summary>
    public async Task<int> ReweighQueuedAsync(CancellationToken ct)
    {
        await using var lockScope = scopes.CreateAsyncScope();
        await using var held = await DatabaseLock.AcquireAsync(lockScope.ServiceProvider.GetRequiredService<SurveysDbContext>(), "stratum-reweighing", ct);

        List<ReweighRequest> queued;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
            // The queue is read across tenants; each survey's strata are then reweighed within its tenant, whose
            // scope the outbox and the tenant header take NeedsReweighted from.
            using var allTenants = db.AcrossTenants();
            queued = await db.ReweighRequests.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).Take(RoundSize).ToListAsync(ct);
        }
        foreach (var survey in queued.GroupBy(r => (r.TenantId, r.SurveyId)))
            await ReweighAsync(survey.Key.TenantId, survey.Key.SurveyId, [.. survey], ct);
        return queued.Count;
    }

    private async Task ReweighAsync(string tenantId, Guid surveyId, List<ReweighRequest> requests, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Ags.Parse(tenantId));
        var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
        var weights = scope.ServiceProvider.GetRequiredService<StratumWeights>();
        var ids = requests.Select(r => r.Id).ToList();
        await db.InTransactionAsync(async token =>
        {
            await weights.ReweighAsync(surveyId, requests.Select(r => new Stratum(r.AreaCode, r.HouseholdType)), token);
            await db.ReweighRequests.Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(token);
            await db.SaveChangesAsync(token);
        }, ct);
    }
}
