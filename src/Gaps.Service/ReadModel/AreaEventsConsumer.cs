using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Keeps the tenant's area centres; a moved centre changes which areas offers serve, in every category.
/// The version read is the write's condition (a concurrency token), so an older centre consumed at
/// once with a newer one cannot land last: the loser is retried and re-reads.
/// </summary>
public sealed class AreaEventsConsumer(GapsDbContext db, GapRecalculation gaps) : IConsumer<AreaDefined>, IConsumer<AreaChanged>
{
    public Task Consume(ConsumeContext<AreaDefined> context) => Apply(context, context.Message.AreaCode, context.Message.Version, context.Message.Area);

    public Task Consume(ConsumeContext<AreaChanged> context) => Apply(context, context.Message.AreaCode, context.Message.Version, context.Message.Area);

    private async Task Apply(ConsumeContext context, string code, int version, AreaState area)
    {
        var held = await db.Areas.SingleOrDefaultAsync(a => a.Code == code, context.CancellationToken);
        if (held is not null && held.Version >= version) return;
        if (held is null) db.Areas.Add(held = new AreaCentre { TenantId = db.CurrentTenantId!, Code = code });
        held.Version = version;
        held.Latitude = area.Latitude;
        held.Longitude = area.Longitude;
        await gaps.MarkAllAsync(context.CancellationToken);
    }
}
