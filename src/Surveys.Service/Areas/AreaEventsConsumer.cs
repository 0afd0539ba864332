using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Surveys.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Surveys.Areas;

/// <summary>
/// Learns the tenant's areas from Inventory. Events of one area may overtake each other, so an
/// older version than the one held changes nothing.
/// </summary>
public sealed class AreaEventsConsumer(SurveysDbContext db) : IConsumer<AreaDefined>, IConsumer<AreaChanged>
{
    public Task Consume(ConsumeContext<AreaDefined> context) =>
        Apply(context.Message.TenantId, context.Message.AreaCode, context.Message.Version, context.Message.Area, context.CancellationToken);

    public Task Consume(ConsumeContext<AreaChanged> context) =>
        Apply(context.Message.TenantId, context.Message.AreaCode, context.Message.Version, context.Message.Area, context.CancellationToken);

    private async Task Apply(string tenantId, string code, int version, AreaState state, CancellationToken ct)
    {
        var known = await db.Areas.SingleOrDefaultAsync(a => a.Code == code, ct);
        if (known is null)
            db.Areas.Add(new KnownArea { TenantId = tenantId, Code = code, Name = state.Name, Version = version });
        else if (version > known.Version)
        {
            known.Name = state.Name;
            known.Version = version;
        }
        // The inbox saves with the consumer's transaction.
    }
}
