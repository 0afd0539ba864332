using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Keeps the tenant's areas: a new or moved centre changes which areas offers serve, in every category; a new name
/// or outline changes only what the exports show, so it recalculates nothing.
/// The version read is the write's condition (a concurrency token), so an older centre consumed at
/// once with a newer one cannot land last: the loser is retried and re-reads.
/// </summary>
public sealed class AreaEventsConsumer(GapsDbContext db, GapDetector gaps) : IConsumer<AreaDefined>, IConsumer<AreaChanged>
{
    public Task Consume(ConsumeContext<AreaDefined> context) =>
        Apply(context, context.Message.AreaCode, context.Message.Version, context.Message.Area, context.Message.Outline);

    public Task Consume(ConsumeContext<AreaChanged> context) =>
        Apply(context, context.Message.AreaCode, context.Message.Version, context.Message.Area, context.Message.Outline);

    private async Task Apply(ConsumeContext context, string code, int version, AreaState area, string? outline)
    {
        var held = await db.Areas.SingleOrDefaultAsync(a => a.Code == code, context.CancellationToken);
        if (held is not null && held.Version >= version) return;
        var moved = held is null || held.Latitude != area.Latitude || held.Longitude != area.Longitude;
        if (held is null) db.Areas.Add(held = new AreaCentre { TenantId = db.CurrentTenantId!, Code = code });
        held.Version = version;
        held.Name = area.Name;
        held.Latitude = area.Latitude;
        held.Longitude = area.Longitude;
        held.Outline = outline;
        if (moved) await gaps.MarkAllAsync(context.CancellationToken);
        else await db.SaveChangesAsync(context.CancellationToken);
    }
}
