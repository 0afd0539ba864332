using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Partners.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Areas;

/// <summary>
/// Learns the tenant's area centres from Inventory, which suggestions measure distances from.
/// An older version arriving late changes nothing.
/// </summary>
public sealed class AreaEventsConsumer(PartnersDbContext db) : IConsumer<AreaDefined>, IConsumer<AreaChanged>
{
    public Task Consume(ConsumeContext<AreaDefined> context) =>
        Apply(context.Message.TenantId, context.Message.AreaCode, context.Message.Version, context.Message.Area, context.CancellationToken);

    public Task Consume(ConsumeContext<AreaChanged> context) =>
        Apply(context.Message.TenantId, context.Message.AreaCode, context.Message.Version, context.Message.Area, context.CancellationToken);

    private async Task Apply(string tenantId, string code, int version, AreaState state, CancellationToken ct)
    {
        var area = await db.Areas.SingleOrDefaultAsync(a => a.Code == code, ct);
        if (area is not null && area.Version >= version) return;
        if (area is null) db.Areas.Add(area = new KnownArea { TenantId = tenantId, Code = code, Name = state.Name });
        area.Name = state.Name;
        area.Latitude = state.Latitude;
        area.Longitude = state.Longitude;
        area.Version = version;
        await db.SaveChangesAsync(ct);
    }
}
