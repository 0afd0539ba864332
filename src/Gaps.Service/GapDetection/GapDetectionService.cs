using GutAusgestattet.Gaps.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// Recalculates the categories events marked, and every category when a new calendar week begins
/// (closures and the periods of needs apply differently then). A burst of events into one category
/// costs one recalculation, not one per event. Each category is done in its own unit of work,
/// scoped to its tenant, so one failure holds back nothing else; a failed one stays marked. A tenant
/// an import of offers is still arriving for waits until it has arrived whole (<see cref="ImportSettling"/>):
/// the import is one change, and the gaps of its halfway states are never announced.
/// </summary>
public sealed class GapDetectionService(
    IServiceScopeFactory scopes, GapDetectionSignal signal, KeptComparisons comparisons, IConfiguration configuration, TimeProvider clock,
    ILogger<GapDetectionService> logger)
    : BackgroundService
{
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = configuration.GetValue("Gaps:DetectionPollInterval", TimeSpan.FromSeconds(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RefreshDueAsync(stoppingToken) >= Batch) continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Looking for categories to recalculate failed; trying again at the next poll");
            }
            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    /// <summary>Returns how many categories were looked at.</summary>
    public async Task<int> RefreshDueAsync(CancellationToken ct)
    {
        List<(string TenantId, string Category)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GapsDbContext>();
            var monday = scope.ServiceProvider.GetRequiredService<GapDetector>().CurrentWeek.Monday;
            // The only cross-tenant work: it names the work, each category is then recalculated within its tenant.
            using var allTenants = db.AcrossTenants();
            var held = await ImportsArrivingAsync(db, ct);
            due = (await db.Cells.IgnoreQueryFilters().Where(c => (c.Dirty || c.Week < monday) && !held.Contains(c.TenantId))
                .OrderBy(c => c.TenantId).ThenBy(c => c.Category).Take(Batch)
                .Select(c => new { c.TenantId, c.Category }).ToListAsync(ct)).Select(c => (c.TenantId, c.Category)).ToList();
        }
        foreach (var (tenant, category) in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Ags.Parse(tenant));
                var db = scope.ServiceProvider.GetRequiredService<GapsDbContext>();
                var gaps = scope.ServiceProvider.GetRequiredService<GapDetector>();
                var events = scope.ServiceProvider.GetRequiredService<IPublishEndpoint>();
                var kept = await db.InTransactionAsync(token => gaps.RefreshAsync(category, events, token), ct);
                // Only now: a state kept from a refresh that rolled back would hold what the database does not.
                if (kept is not null) comparisons.Keep(kept);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The {Category} gaps of tenant {Tenant} could not be recalculated; they stay marked", category, tenant);
            }
        }
        return due.Count;
    }

    /// <summary>The tenants an import is still arriving for (<see cref="ImportSettling"/>); forgets the imports done with.</summary>
    private async Task<List<string>> ImportsArrivingAsync(GapsDbContext db, CancellationToken ct)
    {
        var imports = await ImportSettling.ArrivalsAsync(db.Imports.IgnoreQueryFilters(), ct);
        var (held, done) = ImportSettling.Decide(imports, clock.GetUtcNow(), ImportSettling.StalledAfter(configuration));
        foreach (var stalled in done.Where(i => i.Expected is not { } expected || i.Counted < expected))
            logger.LogWarning("Import {Import} of tenant {Tenant} stalled at {Counted} of {Expected} offer events; its gaps follow what arrived",
                stalled.ImportId, stalled.TenantId, stalled.Counted, stalled.Expected);
        var finished = done.Select(i => i.ImportId).ToList();
        if (finished.Count > 0) await db.Imports.IgnoreQueryFilters().Where(i => finished.Contains(i.ImportId)).ExecuteDeleteAsync(ct);
        return [.. held];
    }
}
