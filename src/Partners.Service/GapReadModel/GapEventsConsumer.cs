using GutAusgestattet.Contracts.V2;
using GutAusgestattet.Partners.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.GapReadModel;

/// <summary>
/// Follows the gaps' life so outreach always starts from the current gaps. Events of one gap may
/// overtake each other; the highest version wins and stale ones change nothing.
/// </summary>
public sealed class GapEventsConsumer(PartnersDbContext db) : IConsumer<GapDetected>, IConsumer<GapChanged>, IConsumer<GapResolved>
{
    public Task Consume(ConsumeContext<GapDetected> context) =>
        Apply(context.Message.TenantId, context.Message.GapKey, context.Message.Version, context.Message.Gap, open: true, context.CancellationToken);

    public Task Consume(ConsumeContext<GapChanged> context) =>
        Apply(context.Message.TenantId, context.Message.GapKey, context.Message.Version, context.Message.Gap, open: true, context.CancellationToken);

    /// <summary>Kept even when the gap is unknown yet: its detection may still be on its way and must then be ignored.</summary>
    public Task Consume(ConsumeContext<GapResolved> context) =>
        Apply(context.Message.TenantId, context.Message.GapKey, context.Message.Version, context.Message.Gap, open: false, context.CancellationToken);

    private async Task Apply(string tenantId, string key, int version, GapState state, bool open, CancellationToken ct)
    {
        var gap = await db.Gaps.SingleOrDefaultAsync(g => g.GapKey == key, ct);
        if (gap is not null && gap.Version >= version) return;
        if (gap is null)
        {
            gap = new OutreachGap { TenantId = tenantId, GapKey = key, Category = state.Category, AreaCode = state.AreaCode, Kind = state.Kind };
            db.Gaps.Add(gap);
        }
        gap.Apply(version, state, open);
        await db.SaveChangesAsync(ct);
    }
}
