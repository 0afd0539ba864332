using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Gaps.GapDetection;
using GutAusgestattet.Gaps.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Gaps.ReadModel;

/// <summary>
/// Keeps the supply side of the read model. Events carry the whole offer with a version, so an
/// event older than what is held (redelivered, or overtaken by a later one) changes nothing.
/// </summary>
public sealed class OfferEventsConsumer(GapsDbContext db, GapRecalculation gaps)
    : IConsumer<OfferRegistered>, IConsumer<OfferChanged>, IConsumer<OfferTookEffect>, IConsumer<OfferWithdrawn>
{
    public Task Consume(ConsumeContext<OfferRegistered> context) =>
        Apply(context, context.Message.OfferId, context.Message.Version, context.Message.Offer);

    public Task Consume(ConsumeContext<OfferChanged> context) =>
        Apply(context, context.Message.OfferId, context.Message.Version, context.Message.Offer);

    public Task Consume(ConsumeContext<OfferTookEffect> context) =>
        Apply(context, context.Message.OfferId, context.Message.Version, context.Message.Offer);

    public async Task Consume(ConsumeContext<OfferWithdrawn> context)
    {
        var supply = await db.Offers.SingleOrDefaultAsync(o => o.OfferId == context.Message.OfferId, context.CancellationToken);
        if (supply is null || supply.Version >= context.Message.Version) return;
        supply.Version = context.Message.Version;
        supply.Active = false;
        await gaps.RecalculateAsync([(supply.Category, supply.AreaCode)], context, context.CancellationToken);
    }

    private async Task Apply(ConsumeContext context, Guid offerId, int version, OfferState offer)
    {
        var supply = await db.Offers.SingleOrDefaultAsync(o => o.OfferId == offerId, context.CancellationToken);
        if (supply is not null && supply.Version >= version) return;

        var touched = new List<(string, string)> { (offer.Category, offer.AreaCode) };
        if (supply is null)
        {
            supply = new OfferSupply { OfferId = offerId, TenantId = db.CurrentTenantId!, Category = offer.Category, AreaCode = offer.AreaCode };
            db.Offers.Add(supply);
        }
        else
        {
            touched.Add((supply.Category, supply.AreaCode));
        }
        supply.Version = version;
        supply.Category = offer.Category;
        supply.AreaCode = offer.AreaCode;
        supply.FreePlaces = offer.Places - offer.OccupiedPlaces;
        supply.Active = offer.Status == "active";
        await gaps.RecalculateAsync(touched, context, context.CancellationToken);
    }
}
