using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>Keeps the demand side of the read model: one row per demand item, gone when withdrawn.</summary>
public sealed class NeedsEventsConsumer(GapsDbContext db, GapRecalculation gaps)
    : IConsumer<NeedsReported>, IConsumer<NeedsWithdrawn>
{
    public async Task Consume(ConsumeContext<NeedsReported> context)
    {
        var ids = context.Message.Items.Select(i => i.DemandId).ToList();
        var known = await db.Demand.Where(d => ids.Contains(d.DemandId)).Select(d => d.DemandId).ToListAsync(context.CancellationToken);
        var added = context.Message.Items.Where(i => !known.Contains(i.DemandId)).ToList();
        db.Demand.AddRange(added.Select(i => new DemandRecord
        {
            DemandId = i.DemandId, TenantId = context.Message.TenantId, ResponseId = context.Message.ResponseId,
            Category = i.Category, AreaCode = i.AreaCode, Persons = i.Persons, Weight = i.Weight,
        }));
        await gaps.RecalculateAsync(added.Select(i => (i.Category, i.AreaCode)), context, context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<NeedsWithdrawn> context)
    {
        var withdrawn = await db.Demand.Where(d => d.ResponseId == context.Message.ResponseId).ToListAsync(context.CancellationToken);
        db.Demand.RemoveRange(withdrawn);
        await gaps.RecalculateAsync(withdrawn.Select(d => (d.Category, d.AreaCode)), context, context.CancellationToken);
    }
}
