using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapEngine;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// Keeps the gaps with a life for the current calendar week. Consumers only mark the categories an
/// event touched (<see cref="MarkAsync"/>); the <see cref="GapRefresher"/> then recalculates each
/// marked category once, however many events marked it meanwhile, and records each gap's life:
/// detected, changed (see <see cref="GapChange"/>), resolved, each announced through the outbox and
/// kept in the gap's history. The stored gap always holds the exact current figures; its version
/// counts the announcements.
/// </summary>
public sealed class GapRecalculation(GapsDbContext db, GapInputs inputs, TimeProvider clock, GapRefreshSignal signal)
{
    public AnalysisWeek CurrentWeek => AnalysisWeek.Containing(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>Saves the unit of work's read-model changes and marks their categories for recalculation.</summary>
    public async Task MarkAsync(IEnumerable<string> categories, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        foreach (var category in categories.Distinct().Order(StringComparer.Ordinal))
        {
            if (await db.Cells.Where(c => c.Category == category).ExecuteUpdateAsync(s => s.SetProperty(c => c.Dirty, true), ct) > 0) continue;
            // A new category: a second unit of work inserting it at once fails on the key and is retried.
            db.Cells.Add(new GapCell { TenantId = db.CurrentTenantId!, Category = category, Dirty = true });
            await db.SaveChangesAsync(ct);
        }
        signal.Notify();
    }

    /// <summary>Every category the tenant has demand, offers or open gaps in: after a change that moves them all (areas, distances).</summary>
    public async Task MarkAllAsync(CancellationToken ct)
    {
        var categories = await db.Demand.Select(d => d.Category).Distinct().ToListAsync(ct);
        categories.AddRange(await db.Offers.Select(o => o.Category).Distinct().ToListAsync(ct));
        categories.AddRange(await db.Gaps.Where(g => g.Open).Select(g => g.Category).Distinct().ToListAsync(ct));
        await MarkAsync(categories, ct);
    }

    /// <summary>
    /// Recalculates one category. Claiming it first locks its row until the commit: a concurrent
    /// refresh waits and then sees this one's result, and an event marking it meanwhile waits too
    /// and leaves it marked for the next round.
    /// </summary>
    public async Task RefreshAsync(string category, IPublishEndpoint events, CancellationToken ct)
    {
        var week = CurrentWeek;
        await db.Cells.Where(c => c.Category == category)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Revision, c => c.Revision + 1).SetProperty(c => c.Dirty, false).SetProperty(c => c.Week, week.Monday), ct);
        var findings = SlotComparison.Compute(await inputs.LoadAsync([category], week, null, ct));
        await ReconcileAsync(category, findings, events, ct);
        await db.SaveChangesAsync(ct);
    }
    private async Task ReconcileAsync(string category, List<GapFinding> findings, IPublishEndpoint events, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var open = await db.Gaps.Where(g => g.Category == category && g.Open).ToDictionaryAsync(g => g.Key, ct);
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
                var announced = await db.GapHistory.AsNoTracking().SingleAsync(e => e.GapKey == current.Key && e.Version == current.Version, ct);
                if (!GapChange.IsSignificant(announced, finding)) continue;
                current.Version++;
                await AnnounceAsync(current, new GapChanged(current.TenantId, current.Key, current.Version, current.ToState()), events, ct);
                continue;
            }
            var previous = await db.Gaps.Where(g => g.Key == finding.Key).MaxAsync(g => (int?)g.Version, ct) ?? 0;
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
