using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Keeps the supply side of the read model. Events carry the whole offer with a version, so an
/// event older than what is held (redelivered, or overtaken by a later one) changes nothing — also
/// when consumed at once with a newer one: the version read is the write's condition (a concurrency
/// token), and two first writes conflict on the key; the loser is retried and re-reads.
/// Planned changes are kept by their own id for the planned-state scenario. An offer event of an
/// import is counted towards it in the same unit of work (see <see cref="ImportProgress"/>).
/// </summary>
public sealed class OfferEventsConsumer(GapsDbContext db, GapDetector gaps)
    : IConsumer<OfferRegistered>, IConsumer<OfferChanged>, IConsumer<OfferTookEffect>, IConsumer<OfferWithdrawn>,
      IConsumer<OfferChangePlanned>, IConsumer<OfferChangeCancelled>, IConsumer<OffersImported>
{
    public Task Consume(ConsumeContext<OfferRegistered> context)
    {
        Count(context.Message.ImportId, context.Message.OfferId, context.Message.Version);
        return Apply(context, context.Message.OfferId, context.Message.Version, context.Message.Offer);
    }

    public Task Consume(ConsumeContext<OfferChanged> context)
    {
        Count(context.Message.ImportId, context.Message.OfferId, context.Message.Version);
        return Apply(context, context.Message.OfferId, context.Message.Version, context.Message.Offer);
    }

    public Task Consume(ConsumeContext<OffersImported> context) =>
        gaps.CloseImportAsync(context.Message.ImportId, context.Message.Events, context.CancellationToken);

    private void Count(Guid? importId, Guid offerId, int version) => gaps.CountImported(importId, $"{offerId:N}/{version}");

    public async Task Consume(ConsumeContext<OfferTookEffect> context)
    {
        if (context.Message.ChangeId is { } change) await SettleAsync(change, context.Message.OfferId, context.CancellationToken);
        await Apply(context, context.Message.OfferId, context.Message.Version, context.Message.Offer);
    }

    public async Task Consume(ConsumeContext<OfferWithdrawn> context)
    {
        var supply = await db.Offers.SingleOrDefaultAsync(o => o.OfferId == context.Message.OfferId, context.CancellationToken);
        if (supply is not null && supply.Version >= context.Message.Version) return;
        if (supply is null)
        {
            // Overtook the offer's earlier events (a replay in another order): remember it, so they change nothing.
            db.Offers.Add(new OfferSupply { OfferId = context.Message.OfferId, TenantId = context.Message.TenantId, Version = context.Message.Version, Category = "", AreaCode = "", Withdrawn = true });
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }
        supply.Version = context.Message.Version;
        supply.Withdrawn = true;
        await gaps.MarkAsync(ChangedItem.Offer, supply.OfferId, [supply.Category], context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<OfferChangePlanned> context)
    {
        var m = context.Message;
        if (await db.PlannedChanges.AnyAsync(c => c.ChangeId == m.ChangeId, context.CancellationToken)) return;
        db.PlannedChanges.Add(new PlannedOfferChange { ChangeId = m.ChangeId, TenantId = m.TenantId, OfferId = m.OfferId, EffectiveFrom = m.EffectiveFrom, Planned = m.Planned });
        await db.SaveChangesAsync(context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<OfferChangeCancelled> context)
    {
        await SettleAsync(context.Message.ChangeId, context.Message.OfferId, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }

    private async Task SettleAsync(Guid changeId, Guid offerId, CancellationToken ct)
    {
        var change = await db.PlannedChanges.SingleOrDefaultAsync(c => c.ChangeId == changeId, ct);
        if (change is null) db.PlannedChanges.Add(change = new PlannedOfferChange { ChangeId = changeId, TenantId = db.CurrentTenantId!, OfferId = offerId });
        change.Settled = true;
        change.Planned = null;
    }

    private async Task Apply(ConsumeContext context, Guid offerId, int version, OfferState offer)
    {
        var supply = await db.Offers.SingleOrDefaultAsync(o => o.OfferId == offerId, context.CancellationToken);
        if (supply is not null && supply.Version >= version)
        {
            await db.SaveChangesAsync(context.CancellationToken);
            return;
        }

        var touched = new List<string> { offer.Category };
        if (supply is { State: not null })
            touched.Add(supply.Category);
        if (supply is null)
        {
            supply = new OfferSupply { OfferId = offerId, TenantId = db.CurrentTenantId!, State = offer, Category = offer.Category, AreaCode = offer.AreaCode };
            db.Offers.Add(supply);
        }
        supply.Version = version;
        supply.State = offer;
        supply.Category = offer.Category;
        supply.AreaCode = offer.AreaCode;
        supply.Withdrawn = offer.Status == "withdrawn";
        await gaps.MarkAsync(ChangedItem.Offer, offerId, touched, context.CancellationToken);
    }
}
