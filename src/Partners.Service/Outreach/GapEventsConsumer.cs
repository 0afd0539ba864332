using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Partners.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Outreach;

/// <summary>Follows the gaps' life so outreach always starts from the current gaps; stale versions change nothing.</summary>
public sealed class GapEventsConsumer(PartnersDbContext db) : IConsumer<GapDetected>, IConsumer<GapChanged>, IConsumer<GapResolved>
{
    public Task Consume(ConsumeContext<GapDetected> context) =>
        Apply(context.Message.TenantId, context.Message.GapKey, context.Message.Version, context.Message.Gap, context.CancellationToken);

    public Task Consume(ConsumeContext<GapChanged> context) =>
        Apply(context.Message.TenantId, context.Message.GapKey, context.Message.Version, context.Message.Gap, context.CancellationToken);

    public async Task Consume(ConsumeContext<GapResolved> context)
    {
        var gap = await db.Gaps.SingleOrDefaultAsync(g => g.GapKey == context.Message.GapKey, context.CancellationToken);
        if (gap is null || gap.Version >= context.Message.Version) return;
        gap.Version = context.Message.Version;
        gap.Open = false;
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private async Task Apply(string tenantId, string key, int version, GapState state, CancellationToken ct)
    {
        var gap = await db.Gaps.SingleOrDefaultAsync(g => g.GapKey == key, ct);
        if (gap is not null && gap.Version >= version) return;
        if (gap is null)
        {
            gap = new OutreachGap { TenantId = tenantId, GapKey = key, Category = state.Category, AreaCode = state.AreaCode, Kind = state.Kind };
            db.Gaps.Add(gap);
        }
        gap.Apply(version, state);
        await db.SaveChangesAsync(ct);
    }
}
