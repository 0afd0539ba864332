using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using GutAusgestattet.Surveys.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// Deletes the raw answers of every survey once their retention period has passed, with what was
/// derived from them and could single them out (the request's hash), and tells Gaps (<see cref="AnswersRetired"/>) to
/// keep their demand only within totals. The answer's stratum stays (the other answers' weights rest on it); the
/// receipt code still withdraws it.
/// </summary>
public sealed class AnswerRetention(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<AnswerRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Surveys:RetentionCheckInterval", TimeSpan.FromHours(1)));
        do
        {
            try
            {
                // One replica at a time: the deletion is idempotent, but need not run twice.
                await DatabaseLock.RunUnlessRunningAsync<SurveysDbContext>(scopes, "answer-retention", DeleteExpiredAsync, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Deleting raw answers past their retention period failed; trying again at the next check");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>At most this many response ids per <see cref="AnswersRetired"/>: one outbox row and one message each.</summary>
    public const int BatchSize = 1000;

    /// <summary>Returns how many answers lost their raw data.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<(string TenantId, Guid Id, int RetentionDays)> surveys;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
            // The only cross-tenant read: it names the surveys, each is then retired within its tenant,
            // whose scope the outbox and the tenant header take AnswersRetired from.
            using var allTenants = db.AcrossTenants();
            surveys = [.. (await db.Surveys.IgnoreQueryFilters().AsNoTracking().Select(s => new { s.TenantId, s.Id, s.RetentionDays }).ToListAsync(ct))
                .Select(s => (s.TenantId, s.Id, s.RetentionDays))];
        }

        var deleted = 0;
        foreach (var (tenantId, surveyId, retentionDays) in surveys)
        {
            int retired;
            do deleted += retired = await RetireBatchAsync(tenantId, surveyId, now.AddDays(-retentionDays), now, ct);
            while (retired == BatchSize);
        }
        if (deleted > 0) logger.LogInformation("Deleted the raw data of {Count} answers past their retention period", deleted);
        return deleted;
    }

    /// <summary>
    /// Deletes the raw data of up to <see cref="BatchSize"/> answers of the survey and publishes exactly their ids as
    /// <see cref="AnswersRetired"/>, in one transaction: Gaps folds their demand into totals only for answers really retired.
    /// </summary>
    private async Task<int> RetireBatchAsync(string tenantId, Guid surveyId, DateTimeOffset receivedBefore, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Ags.Parse(tenantId));
        var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
        return await db.InTransactionAsync(async token =>
        {
            var due = await db.Answers
                .Where(a => a.SurveyId == surveyId && a.RawDeletedAt == null && a.ReceivedAt <= receivedBefore)
                .OrderBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(token);
            if (due.Count == 0) return 0;
            await db.Answers.Where(a => due.Contains(a.Id))
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Payload, (AnswerRequest?)null).SetProperty(x => x.RequestHash, (string?)null)
                    .SetProperty(x => x.RawDeletedAt, now), token);
            await events.Publish(new AnswersRetired(tenantId, surveyId, due), token);
            await db.SaveChangesAsync(token);
            return due.Count;
        }, ct);
    }
}
