using GutAusgestattet.ServiceDefaults.Persistence;
using GutAusgestattet.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Answers;

/// <summary>
/// Deletes the raw answers of every survey once their retention period has passed, with what was
/// derived from them and could single them out (the request's hash). The answer's stratum stays (the
/// other answers' weights rest on it) and so does the demand published from it; the receipt code
/// still withdraws it.
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

    /// <summary>Returns how many answers lost their raw data.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDbContext>();
        var now = clock.GetUtcNow();
        var deleted = 0;
        // A system task across tenants: it only ever clears data, and each survey's own period decides.
        using var allTenants = db.AcrossTenants();
        foreach (var survey in await db.Surveys.IgnoreQueryFilters().AsNoTracking().Select(s => new { s.Id, s.RetentionDays }).ToListAsync(ct))
        {
            var receivedBefore = now.AddDays(-survey.RetentionDays);
            deleted += await db.Answers.IgnoreQueryFilters()
                .Where(a => a.SurveyId == survey.Id && a.RawDeletedAt == null && a.ReceivedAt <= receivedBefore)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Payload, (AnswerRequest?)null).SetProperty(x => x.RequestHash, (string?)null)
                    .SetProperty(x => x.RawDeletedAt, now), ct);
        }
        if (deleted > 0) logger.LogInformation("Deleted the raw data of {Count} answers past their retention period", deleted);
        return deleted;
    }
}
