using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using GutAusgestattet.Persistence;
using GutAusgestattet.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Import;

/// <summary>
/// Imports facilities and offers, all or nothing: reads the tenant's rows, plans the file against them
/// (<see cref="OfferImportPlan"/>) and, unless refused or a dry run, writes the plan in one transaction: every new
/// offer goes through <see cref="OfferLifecycle.RegisterAsync"/> and every changed one through
/// <see cref="OfferLifecycle.ChangeAsync"/> (the offers of a changed facility that the file does not name through
/// <see cref="OfferLifecycle.FacilityChangedAsync"/>), so each gets its event in the outbox and its history entry.
/// Rows the same as stored are not touched. For speed the change tracker's automatic detection is off, new rows are
/// staged outside it and written by COPY (PostgreSQL), and the work is saved in chunks of facilities with their
/// offers, the tracker cleared between them; the transaction makes it one import.
/// </summary>
public sealed class OfferImporter(InventoryDbContext db, OfferLifecycle lifecycle, IPublishEndpoint events, TenantContext tenant)
{
    /// <summary>Offers per chunk: each is written (COPY, or SaveChanges elsewhere) while the next goes through the lifecycle; small enough to keep the tracker cheap where rows are tracked.</summary>
    public int ChunkSize { get; set; } = 5_000;

    public async Task<ImportReport> ImportAsync(OfferFile file, bool dryRun, string actor, CancellationToken ct)
    {
        // The database connection retries transient failures; a retry starts over from reading the
        // tenant's rows, so nothing planned or staged by the failed attempt is reused.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            return await AttemptAsync(file, dryRun, actor, token);
        }, ct);
    }

    private async Task<ImportReport> AttemptAsync(OfferFile file, bool dryRun, string actor, CancellationToken ct)
    {
        var facilities = await db.Facilities.AsNoTracking().ToListAsync(ct);
        var offers = await db.Offers.AsNoTracking().ToListAsync(ct);
        var areas = new AreaPlacement(await db.Areas.AsNoTracking().Select(a => new PlacedArea(a.Code, a.Name, a.Latitude, a.Longitude, a.Outline)).ToListAsync(ct));

        var plan = OfferImportPlan.Make(file, facilities, offers, areas, tenant.Required.Value, lifecycle.Today());
        var store = plan.Errors.Count == 0 && !dryRun;
        if (store && plan.AnyChange)
            await StoreAsync(plan.Facilities, offers, actor, ct);

        var rows = plan.Offers.Select(o => new ImportRow(o.Row.Line, o.Row.Feature, null, o.Outcome, o.Version, o.Row.OfferKey, o.Row.FacilityKey, o.Reasons())).ToList();
        return new ImportReport(file.Format, dryRun, store, rows.Count,
            rows.Count(r => r.Outcome == ImportOutcome.Created), rows.Count(r => r.Outcome == ImportOutcome.Changed),
            rows.Count(r => r.Outcome == ImportOutcome.Unchanged), rows.Count(r => r.Outcome == ImportOutcome.Invalid),
            file.IgnoredColumns, rows, plan.Errors,
            new FacilityCounts(plan.Facilities.Count(f => f.Outcome == ImportOutcome.Created), plan.Facilities.Count(f => f.Outcome == ImportOutcome.Changed),
                plan.Facilities.Count(f => f.Outcome == ImportOutcome.Unchanged)),
            file.Warnings, file.UnknownOperators, RowOffers.Of(file));
    }

    private async Task StoreAsync(IReadOnlyList<FacilityPlan> facilities, List<Offer> offers, string actor, CancellationToken ct)
    {
        var named = facilities.SelectMany(f => f.Offers).Where(o => o.Existing is not null).Select(o => o.Existing!.Id).ToHashSet();
        var others = offers.Where(o => o.Status != OfferStatus.Withdrawn && !named.Contains(o.Id)).ToLookup(o => o.Details.FacilityId);
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // New rows (most of an import) skip the change tracker and go by COPY; see StoreChunkAsync.
            using var staging = BulkCopy.Applies(db) ? db.StageAddedRows() : null;
            var chunk = new List<FacilityPlan>();
            var size = 0;
            var copying = Task.CompletedTask;
            lifecycle.Import = new ImportBatch();
            try
            {
                foreach (var facility in facilities)
                {
                    chunk.Add(facility);
                    size += facility.Offers.Count + (facility.StateChanged ? others[facility.Target.Id].Count() : 0);
                    if (size < ChunkSize) continue;
                    copying = await StoreChunkAsync(chunk, others, copying, actor, last: false, ct);
                    chunk.Clear();
                    size = 0;
                }
                copying = await StoreChunkAsync(chunk, others, copying, actor, last: true, ct);
            }
            finally
            {
                lifecycle.Import = null;
                // Never leave a copy running on the connection, whatever failed.
                await copying.ContinueWith(_ => { }, TaskScheduler.Default);
            }
            await copying;
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Stages one chunk through the lifecycle and starts writing it; returns the running copy, so the
    /// next chunk is staged (CPU) while this one is written (database). A chunk that reads from the
    /// database (changed offers and facilities) first waits for the copy before it: one connection.
    /// The <paramref name="last"/> chunk, perhaps empty, ends with the import's closing event.
    /// </summary>
    private async Task<Task> StoreChunkAsync(List<FacilityPlan> chunk, ILookup<Guid, Offer> others, Task copying, string actor, bool last, CancellationToken ct)
    {
        if (chunk.Any(f => f.StateChanged || f.Offers.Any(o => o.Outcome == ImportOutcome.Changed))) await copying;

        // Facilities first, so the offers' states are built from the tracked (and, when changed, updated) facility.
        foreach (var facility in chunk)
        {
            if (facility.Existing is not { } existing)
            {
                db.AddRow(facility.Target);
                continue;
            }
            db.Facilities.Attach(existing);
            if (facility.Outcome != ImportOutcome.Changed) continue;
            facility.Request.ApplyTo(existing);
            db.Entry(existing).DetectChanges();
        }

        foreach (var facility in chunk)
        {
            var entity = facility.Existing ?? facility.Target;
            foreach (var offer in facility.Offers)
            {
                if (offer.Outcome == ImportOutcome.Created)
                    await lifecycle.RegisterAsync(offer.Details!, entity, null, actor, ct, offer.Row.Offer.Key is { } key && !key.StartsWith(KeyRules.IdPrefix, StringComparison.Ordinal) ? key : null);
                else if (offer.Outcome == ImportOutcome.Changed)
                {
                    db.Offers.Attach(offer.Existing!);
                    await lifecycle.ChangeAsync(offer.Existing!, offer.Details!, entity, null, actor, ct);
                    db.Entry(offer.Existing!).DetectChanges();
                }
            }
            if (!facility.StateChanged) continue;
            foreach (var other in others[entity.Id])
            {
                db.Offers.Attach(other);
                await lifecycle.FacilityChangedAsync(other, entity, actor, ct);
                db.Entry(other).DetectChanges();
            }
        }
        if (last && lifecycle.Import is { } import)
            await events.Publish(new OffersImported(tenant.Required.Value, import.Id, import.Events), ct);

        if (!BulkCopy.Applies(db))
        {
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return Task.CompletedTask;
        }

        // The staged new rows by COPY, the changed ones by SaveChanges; one transaction.
        var rows = BulkCopy.Take(db);
        await copying;
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        var next = Task.Run(() => rows.WriteAsync(connection, ct), ct);
        if (db.ChangeTracker.HasChanges())
        {
            await next;
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
        return next;
    }
}
