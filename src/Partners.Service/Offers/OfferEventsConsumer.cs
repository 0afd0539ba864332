using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Partners.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Offers;

/// <summary>
/// Learns the tenant's offers from Inventory, so an agreement can only name offers (and their
/// facilities) of its own municipality. Planned changes are not followed: today's offer stays as it
/// is until <see cref="OfferTookEffect"/> carries the new state. An older version arriving late changes nothing.
/// </summary>
public sealed class OfferEventsConsumer(PartnersDbContext db)
    : IConsumer<OfferRegistered>, IConsumer<OfferChanged>, IConsumer<OfferTookEffect>, IConsumer<OfferWithdrawn>
{
    public Task Consume(ConsumeContext<OfferRegistered> context) =>
        Apply(context.Message.TenantId, context.Message.OfferId, context.Message.Version, context.Message.Offer, context.CancellationToken);

    public Task Consume(ConsumeContext<OfferChanged> context) =>
        Apply(context.Message.TenantId, context.Message.OfferId, context.Message.Version, context.Message.Offer, context.CancellationToken);

    public Task Consume(ConsumeContext<OfferTookEffect> context) =>
        Apply(context.Message.TenantId, context.Message.OfferId, context.Message.Version, context.Message.Offer, context.CancellationToken);

    /// <summary>Kept even when the offer is unknown yet: its registration may still be on its way and must then be ignored.</summary>
    public Task Consume(ConsumeContext<OfferWithdrawn> context) =>
        Apply(context.Message.TenantId, context.Message.OfferId, context.Message.Version, state: null, context.CancellationToken);

    private async Task Apply(string tenantId, Guid offerId, int version, OfferState? state, CancellationToken ct)
    {
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.OfferId == offerId, ct);
        if (offer is not null && offer.Version >= version) return;
        if (offer is null) db.Offers.Add(offer = new KnownOffer { TenantId = tenantId, OfferId = offerId });
        offer.Version = version;
        offer.Withdrawn = state is null or { Status: "withdrawn" };
        if (state is not null)
        {
            offer.FacilityId = state.Facility.FacilityId;
            offer.Category = state.Category;
        }
        await db.SaveChangesAsync(ct);
    }
}
