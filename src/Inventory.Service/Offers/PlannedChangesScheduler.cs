using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Offers;

/// <summary>
/// Makes planned offers and planned changes effective on their day, for every tenant. Each one
/// is applied in its own scope, scoped to its tenant, so one failure holds back nothing else.
/// <para>
/// One replica checks at a time (a <see cref="DatabaseLock"/>; the others skip their check). Should
/// two ever apply the same change — the lock lost with its connection — the offer's version, a
/// concurrency token, lets only the first save its state and its <c>OfferTookEffect</c>.
/// </para>
/// </summary>
public sealed class PlannedChangesScheduler(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PlannedChangesScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Inventory:PlannedChangesCheckInterval", TimeSpan.FromMinutes(1)));
        do
        {
            try
            {
                await DatabaseLock.RunUnlessRunningAsync<InventoryDbContext>(scopes, "planned-changes", ApplyDueAsync, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Applying due planned changes failed; trying again at the next check");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> ApplyDueAsync(CancellationToken ct)
    {
        List<(string TenantId, Guid OfferId, Guid? ChangeId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            var today = scope.ServiceProvider.GetRequiredService<OfferLifecycle>().Today();
            // The only cross-tenant read: it names the work, each item is then done within its tenant.
            using var allTenants = db.AcrossTenants();
            var offers = await db.Offers.IgnoreQueryFilters()
                .Where(o => o.Status == OfferStatus.Planned && o.EffectiveFrom <= today)
                .Select(o => new { o.TenantId, o.Id }).ToListAsync(ct);
            var changes = await db.PlannedChanges.IgnoreQueryFilters()
                .Where(c => c.Status == PlannedChangeStatus.Pending && c.EffectiveFrom <= today)
                .OrderBy(c => c.EffectiveFrom)
                .Select(c => new { c.TenantId, c.OfferId, c.Id }).ToListAsync(ct);
            due = [.. offers.Select(o => (o.TenantId, o.Id, (Guid?)null)), .. changes.Select(c => (c.TenantId, c.OfferId, (Guid?)c.Id))];
        }

        var applied = 0;
        foreach (var (tenantId, offerId, changeId) in due)
        {
            try
            {
                await ApplyAsync(tenantId, offerId, changeId, ct);
                applied++;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Planned change {ChangeId} of offer {OfferId} took effect elsewhere meanwhile", changeId, offerId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Planned change {ChangeId} of offer {OfferId} (tenant {Tenant}) could not take effect", changeId, offerId, tenantId);
            }
        }
        return applied;
    }

    private async Task ApplyAsync(string tenantId, Guid offerId, Guid? changeId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(Ags.Parse(tenantId));
        var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
        var offer = await db.Offers.SingleAsync(o => o.Id == offerId, ct);
        var change = changeId is null ? null : await db.PlannedChanges.SingleAsync(c => c.Id == changeId, ct);
        if (change is { Status: not PlannedChangeStatus.Pending } || offer.Status == OfferStatus.Withdrawn) return;

        await scope.ServiceProvider.GetRequiredService<OfferLifecycle>().TakeEffectAsync(offer, change, OfferLifecycle.System, ct);
        await db.SaveChangesAsync(ct);
    }
}
