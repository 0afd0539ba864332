using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.GapDetection;

/// <summary>
/// Re-evaluates the cells (category × area) an event touched and records each gap's life:
/// detected, changed, resolved, each announced through the outbox of the current unit of work.
/// </summary>
public sealed class GapRecalculation(GapsDbContext db, TimeProvider clock)
{
    public async Task RecalculateAsync(IEnumerable<(string Category, string AreaCode)> cells, IPublishEndpoint events, CancellationToken ct)
    {
        // The read model changes of this unit of work must be visible to the queries below.
        await db.SaveChangesAsync(ct);
        foreach (var (category, areaCode) in cells.Distinct())
            await RecalculateCellAsync(category, areaCode, events, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task RecalculateCellAsync(string category, string areaCode, IPublishEndpoint events, CancellationToken ct)
    {
        await ClaimCellAsync(category, areaCode, ct);
        var demand = await db.Demand.Where(d => d.Category == category && d.AreaCode == areaCode)
            .Select(d => new { d.ResponseId, d.Persons, d.Weight }).ToListAsync(ct);
        var offers = await db.Offers.Where(o => o.Category == category && o.AreaCode == areaCode && o.Active)
            .Select(o => o.FreePlaces).ToListAsync(ct);
        var finding = GapRule.Evaluate(
            new CellDemand(demand.Sum(d => d.Persons * d.Weight), demand.Select(d => d.ResponseId).Distinct().Count()),
            new CellSupply(offers.Count, offers.Sum()));

        var open = await db.Gaps.Where(g => g.Category == category && g.AreaCode == areaCode && g.Open).ToListAsync(ct);
        foreach (var gap in open.Where(g => g.Kind != finding?.Kind))
        {
            gap.Open = false;
            gap.ResolvedAt = clock.GetUtcNow();
            gap.Version++;
            await events.Publish(new GapResolved(gap.TenantId, gap.Key, gap.Version, gap.ToState()), ct);
        }
        if (finding is null) return;

        var current = open.SingleOrDefault(g => g.Kind == finding.Kind);
        if (current is null)
        {
            var key = Gap.KeyOf(category, areaCode, finding.Kind);
            var previous = await db.Gaps.Where(g => g.Key == key).MaxAsync(g => (int?)g.Version, ct) ?? 0;
            var gap = new Gap
            {
                Id = Guid.CreateVersion7(), TenantId = db.CurrentTenantId!, Key = key, Category = category, AreaCode = areaCode,
                Kind = finding.Kind, EstimatedPersons = finding.EstimatedPersons, Responses = finding.Responses,
                Version = previous + 1, DetectedAt = clock.GetUtcNow(),
            };
            db.Gaps.Add(gap);
            await events.Publish(new GapDetected(gap.TenantId, gap.Key, gap.Version, gap.ToState()), ct);
        }
        else if (Math.Abs(current.EstimatedPersons - finding.EstimatedPersons) > 1e-9 || current.Responses != finding.Responses)
        {
            current.EstimatedPersons = finding.EstimatedPersons;
            current.Responses = finding.Responses;
            current.Version++;
            await events.Publish(new GapChanged(current.TenantId, current.Key, current.Version, current.ToState()), ct);
        }
    }

    /// <summary>
    /// Two units of work recalculating the same cell at once would each miss the other's
    /// uncommitted rows and could leave contradicting gaps open. Bumping the cell's revision makes
    /// the later one fail on the concurrency token (or the key, for a new cell) and be retried,
    /// then it sees the committed state.
    /// </summary>
    private async Task ClaimCellAsync(string category, string areaCode, CancellationToken ct)
    {
        var cell = await db.Cells.SingleOrDefaultAsync(c => c.Category == category && c.AreaCode == areaCode, ct);
        if (cell is null)
            db.Cells.Add(new GapCell { TenantId = db.CurrentTenantId!, Category = category, AreaCode = areaCode });
        else
            cell.Revision++;
        await db.SaveChangesAsync(ct);
    }
}
