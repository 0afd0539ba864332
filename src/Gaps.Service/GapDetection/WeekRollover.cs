using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.ServiceDefaults.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// The gaps with a life are those of the current calendar week: when a new week begins, closures
/// and the periods of needs apply differently, so every tenant's gaps are recalculated then — each
/// tenant in its own unit of work, so one failure holds back nothing else.
/// </summary>
public sealed class WeekRollover(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<WeekRollover> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Gaps:WeekCheckInterval", TimeSpan.FromMinutes(10)), clock);
        do
        {
            try
            {
                await RollOverAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Recalculating the gaps of a new week failed; trying again at the next check");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Returns how many tenants were recalculated.</summary>
    public async Task<int> RollOverAsync(CancellationToken ct)
    {
        List<string> behind;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GapsDbContext>();
            var monday = scope.ServiceProvider.GetRequiredService<GapRecalculation>().CurrentWeek.Monday;
            // The only cross-tenant read: it names the work, each tenant is then recalculated within its own scope.
            behind = await db.Cells.IgnoreQueryFilters().Where(c => c.Week < monday).Select(c => c.TenantId).Distinct().ToListAsync(ct);
        }
        var done = 0;
        foreach (var tenant in behind)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Ags.Parse(tenant));
                var db = scope.ServiceProvider.GetRequiredService<GapsDbContext>();
                var gaps = scope.ServiceProvider.GetRequiredService<GapRecalculation>();
                var events = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
                await db.InTransactionAsync(async token =>
                {
                    await gaps.RecalculateAllAsync(events, token);
                    return true;
                }, ct);
                done++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The gaps of tenant {Tenant} could not be recalculated for the new week", tenant);
            }
        }
        return done;
    }
}
