using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Contracts.V2;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// Keeps the gaps with a life for the current calendar week. Consumers only mark the categories an
/// event touched, naming the changed offer or answer where there is one; the <see cref="GapDetectionService"/> then recalculates each
/// marked category once, however many events marked it meanwhile, and records each gap's life:
/// detected, changed (see <see cref="GapChange"/>), resolved, each announced through the outbox and
/// kept in the gap's history. The stored gap always holds the exact current figures; its version
/// counts the announcements.
/// </summary>
public sealed class GapDetector(
    GapsDbContext db, GapInputs inputs, TimeProvider clock, GapDetectionSignal signal, KeptComparisons comparisons, GapDetectionMetrics metrics,
    IConfiguration configuration)
{
    public AnalysisWeek CurrentWeek => AnalysisWeek.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>Saves the unit of work's read-model changes and marks their categories for recalculation as a whole.</summary>
    public Task MarkAsync(IEnumerable<string> categories, CancellationToken ct) => MarkAsync(categories, null, null, ct);

    /// <summary>
    /// Saves the unit of work's read-model changes to one offer or answer and marks the categories it
    /// was or is in, naming it, so that a kept state needs only this item.
    /// </summary>
    public Task MarkAsync(ChangedItem item, Guid itemId, IEnumerable<string> categories, CancellationToken ct) => MarkAsync(categories, item, itemId, ct);

    private Task MarkAsync(IEnumerable<string> categories, ChangedItem? item, Guid? itemId, CancellationToken ct) =>
        MarkAsync(categories.Select(c => new MarkedChange(c, item, itemId)), ct);

    /// <summary>
    /// Saves the unit of work's read-model changes and marks what several events changed at once — the categories of a
    /// batch of answers, each cell once however many of its answers the batch holds.
    /// </summary>
    public async Task MarkAsync(IEnumerable<MarkedChange> changes, CancellationToken ct)
    {
        var distinct = changes.Distinct().ToList();
        db.PendingChanges.AddRange(distinct.Select(c => new PendingChange
        {
            TenantId = db.CurrentTenantId!, Category = c.Category, Item = c.Item, ItemId = c.ItemId, AreaCode = c.AreaCode, HouseholdType = c.HouseholdType,
        }));
        await db.SaveChangesAsync(ct);
        // A new category is inserted without failing on the key when another unit of work inserts it at once.
        var marked = distinct.Select(c => c.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        if (marked.Count > 0) await SharedRows.MarkCellsAsync(db, marked, ct);
        signal.Notify();
    }

    private async Task<bool> ImportArrivingAsync(CancellationToken ct) =>
        ImportSettling.Decide(await ImportSettling.ArrivalsAsync(db.Imports, ct), clock.GetUtcNow(), ImportSettling.StalledAfter(configuration)).Held.Count > 0;

    /// <summary>Counts an event towards its import (<see cref="ImportProgress"/>) in the unit of work; nothing for an event that came on its own.</summary>
    public void CountImported(Guid? importId, string @event)
    {
        if (ImportProgress.Counting(db.CurrentTenantId!, importId, @event, clock.GetUtcNow()) is { } counted) db.Imports.Add(counted);
    }

    /// <summary>Records an import's closing event; the import may be complete now, so its categories are due at once, not at the next poll.</summary>
    public async Task CloseImportAsync(Guid importId, int events, CancellationToken ct)
    {
        db.Imports.Add(ImportProgress.Closed(db.CurrentTenantId!, importId, events, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        signal.Notify();
    }

    /// <summary>Every category the tenant has demand, offers or open gaps in: after a change that moves them all (areas, distances).</summary>
    public async Task MarkAllAsync(CancellationToken ct)
    {
        await SharedRows.HoldGroundAsync(db, ct);
        var categories = await db.Demand.Select(d => d.Category).Distinct().ToListAsync(ct);
        categories.AddRange(await db.Offers.Select(o => o.Category).Distinct().ToListAsync(ct));
        categories.AddRange(await db.Gaps.Where(g => g.Open).Select(g => g.Category).Distinct().ToListAsync(ct));
        await MarkAsync(categories, ct);
    }

    /// <summary>
    /// Recalculates one category if it is still due. Claiming it first locks its row until the commit:
    /// a concurrent refresh (this replica's or another's) waits and then finds nothing due, and an
    /// event marking it meanwhile waits too and leaves it marked (with its pending changes) for the next round.
    /// <para>
    /// A state this instance kept from the previous refresh of the cell — the revision just before
    /// this one, so no other instance refreshed it since, the same week, areas and serving distance —
    /// only needs the changed offers and answers; otherwise the category is loaded anew. Returns the
    /// state to keep once the transaction has committed (see <see cref="KeptComparisons"/>), or null
    /// when not worth keeping.
    /// </para>
    /// </summary>
    public async Task<KeptComparison?> RefreshAsync(string category, IPublishEndpoint events, CancellationToken ct)
    {
        var week = CurrentWeek;
        var kept = comparisons.Take(db.CurrentTenantId!, category);
        var cell = db.Cells.Where(c => c.Category == category);
        await SharedRows.ShareGroundAsync(db, ct);
        // The claim: only a cell still due is taken. A replica that listed it too waits on the row,
        // then finds it done and announces nothing (PostgreSQL re-checks the condition after the wait).
        var claimed = await cell.Where(c => c.Dirty || c.Week < week.Monday)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Revision, c => c.Revision + 1).SetProperty(c => c.Dirty, false).SetProperty(c => c.Week, week.Monday), ct);
        if (claimed == 0) return kept;
        // An import that began arriving after the gap detection service listed the cell: seen now, as its events commit before they can
        // mark the cell, whose row the claim holds. The cell stays marked until the import is whole.
        if (await ImportArrivingAsync(ct))
        {
            await cell.ExecuteUpdateAsync(s => s.SetProperty(c => c.Dirty, true), ct);
            return kept;
        }
        var revision = await cell.Select(c => c.Revision).SingleAsync(ct);
        var changes = await TakeChangesAsync(category, ct);
        // No change named (a cell marked before changes were recorded) tells nothing to apply: reload.
        var incremental = kept is not null && kept.Week == week.Monday && kept.Revision == revision - 1
            && changes.Count > 0 && changes.TrueForAll(p => p.Item is not null) && kept.Ground.Matches(await inputs.GroundAsync(category, ct))
            && await ApplyAsync(kept.Comparison, changes, week, ct);
        metrics.Refreshed(incremental);
        List<GapFinding> findings;
        if (incremental)
        {
            findings = kept!.Comparison.Findings();
            kept = kept with { Revision = revision };
        }
        else
        {
            var input = await inputs.LoadAsync([category], week, null, ct);
            // Reserved places serve their staff across the category's needs (StaffPlaces): a change of one need or offer can move
            // what every other staff need is left with, so such a category is loaded whole each time.
            kept = comparisons.WorthKeeping(input.Offers.Count + input.Needs.Count) && !input.Offers.Any(o => o.Reserved is not null)
                ? new KeptComparison(db.CurrentTenantId!, category, new IncrementalComparison(input, category), CategoryGround.Of(input, category),
                    week.Monday, revision)
                : null;
            findings = kept?.Comparison.Findings() ?? SlotComparison.Compute(input);
        }
        await ReconcileAsync(category, findings, events, ct);
        await db.SaveChangesAsync(ct);
        return kept;
    }

    /// <summary>The changes recorded for the category, deleted with this refresh's commit; none can be added meanwhile, its marking waits for the cell.</summary>
    private async Task<List<PendingChange>> TakeChangesAsync(string category, CancellationToken ct)
    {
        var changes = await db.PendingChanges.AsNoTracking().Where(p => p.Category == category).ToListAsync(ct);
        var taken = changes.Select(p => p.Id).ToList();
        await db.PendingChanges.Where(p => taken.Contains(p.Id)).ExecuteDeleteAsync(ct);
        return changes;
    }

    /// <summary>
    /// Gives the kept state the changed items as they stand now — a reweighed stratum's answers among them: an offer no longer
    /// serving in the category, or an answer without items in it, is withdrawn. False, and nothing applied, when a changed offer now
    /// has free reserved places: they serve staff needs across the category, which a change item by item cannot follow.
    /// </summary>
    private async Task<bool> ApplyAsync(IncrementalComparison comparison, List<PendingChange> changes, AnalysisWeek week, CancellationToken ct)
    {
        var offerIds = changes.Where(p => p.Item == ChangedItem.Offer).Select(p => p.ItemId!.Value).Distinct().ToList();
        var offers = (await inputs.OffersAsync(offerIds, comparison.Category, week, ct)).ToDictionary(o => o.OfferId);
        if (offers.Values.Any(o => o.Reserved is not null)) return false;
        foreach (var id in offerIds)
        {
            if (offers.TryGetValue(id, out var offer)) comparison.SetOffer(offer);
            else comparison.WithdrawOffer(id);
        }
        var strata = changes.Where(p => p.Item == ChangedItem.Stratum).Select(p => (Survey: p.ItemId!.Value, p.AreaCode!, p.HouseholdType!)).Distinct().ToList();
        var responseIds = changes.Where(p => p.Item == ChangedItem.Answer).Select(p => p.ItemId!.Value)
            .Concat(await inputs.ResponsesAsync(strata, comparison.Category, ct)).Distinct().ToList();
        var needs = (await inputs.NeedsAsync(responseIds, comparison.Category, week, ct)).ToLookup(n => n.ResponseId);
        foreach (var id in responseIds) comparison.SetAnswer(id, needs[id]);
        return true;
    }

    private async Task ReconcileAsync(string category, List<GapFinding> findings, IPublishEndpoint events, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = await db.Gaps.Where(g => g.Category == category && g.Open).ToDictionaryAsync(g => g.Key, ct);
        // Read up front in two queries, not per finding: a big city's category has hundreds of gaps.
        var announced = await (
            from entry in db.GapHistory.AsNoTracking()
            join gap in db.Gaps on new { Key = entry.GapKey, entry.Version } equals new { gap.Key, gap.Version }
            where gap.Category == category && gap.Open
            select entry).ToDictionaryAsync(e => e.GapKey, ct);
        var lastVersions = await db.Gaps.Where(g => g.Category == category && !g.Open).GroupBy(g => g.Key)
            .Select(g => new { g.Key, Version = g.Max(x => x.Version) }).ToDictionaryAsync(g => g.Key, g => g.Version, ct);
        var found = findings.ToDictionary(f => f.Key);
        foreach (var gap in open.Values.Where(g => !found.ContainsKey(g.Key)))
        {
            gap.Open = false;
            gap.ResolvedAt = now;
            gap.Version++;
            await AnnounceAsync(gap, new GapResolved(gap.TenantId, gap.Key, gap.Version, gap.ToState()), events, ct);
        }
        foreach (var finding in findings)
        {
            if (open.TryGetValue(finding.Key, out var current))
            {
                current.Take(finding);
                if (!GapChange.IsSignificant(announced[current.Key], finding)) continue;
                current.Version++;
                await AnnounceAsync(current, new GapChanged(current.TenantId, current.Key, current.Version, current.ToState()), events, ct);
                continue;
            }
            var previous = lastVersions.GetValueOrDefault(finding.Key);
            var gap = new Gap
            {
                Id = Guid.CreateVersion7(), TenantId = db.CurrentTenantId!, Key = finding.Key, Category = finding.Category, AreaCode = finding.AreaCode,
                Kind = finding.Kind, Intervals = "", Version = previous + 1, DetectedAt = now,
            };
            gap.Take(finding);
            db.Gaps.Add(gap);
            await AnnounceAsync(gap, new GapDetected(gap.TenantId, gap.Key, gap.Version, gap.ToState()), events, ct);
        }
    }

    private async Task AnnounceAsync<TEvent>(Gap gap, TEvent announcement, IPublishEndpoint events, CancellationToken ct) where TEvent : class
    {
        db.GapHistory.Add(GapHistoryEntry.Of(gap, typeof(TEvent).Name, clock.GetUtcNow()));
        await events.Publish(announcement, ct);
    }
}
