using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Cooperations;

/// <summary>
/// Step 4 of the measure: an agreement with a partner becomes a planned change of the offer it
/// extends (more places, longer hours, short-term placements) or a planned new offer, through the
/// same lifecycle as a planner's changes, with the agreement named in the history. An agreement with
/// a last day (<see cref="CooperationTerms.Until"/>) ends what it added on the day after: the extended
/// offer is planned back to its details before the agreement, the new offer's withdrawal is planned —
/// both announced at once, so the weeks ahead show the end too. Terms the
/// inventory cannot take (an offer withdrawn meanwhile, hours it cannot read) are rejected whole
/// (<see cref="TermsRejection"/>), and Partners learns why from <see cref="AgreementTermsRejected"/>. An agreement of kind
/// <see cref="ReservedPlaces.Kind"/> also records its added places as reserved for its partners' staff (<see cref="OfferDetails.Reserved"/>).
/// </summary>
public sealed class CooperationConsumer(InventoryDbContext db, OfferLifecycle lifecycle) : IConsumer<CooperationAgreed>, IConsumer<CooperationEnded>
{
    public async Task Consume(ConsumeContext<CooperationAgreed> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (await db.Cooperations.AnyAsync(c => c.AgreementId == m.AgreementId, ct)) return;
        var t = m.Terms;
        var offer = t.OfferId is { } offerId ? await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId, ct) : null;
        var facilityId = offer?.Details.FacilityId ?? t.FacilityId;
        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == facilityId, ct);
        var request = offer is { Details: var d }
            ? new OfferRequest(d.FacilityId, d.Name, d.Category, d.Places + t.AddedPlaces, d.OccupiedPlaces, t.OpeningHours ?? d.OpeningHours,
                t.TakesShortTermPlacements ?? d.TakesShortTermPlacements, d.TenantCategory, d.Ages, d.Closures, d.Languages, d.FeeNote)
            : new OfferRequest(t.FacilityId ?? Guid.Empty, t.Name ?? $"{m.Kind} ({t.Category})", t.Category, t.AddedPlaces, 0,
                t.OpeningHours ?? "", t.TakesShortTermPlacements ?? false);
        // Reserved places are places like any other to the offer, and also the partners' staff's alone (the gap engine keeps them
        // from the public); the end planned below takes them back with the places.
        IReadOnlyList<ReservedPlaces>? reserved = m.Kind == ReservedPlaces.Kind
            ? [.. offer?.Details.Reserved ?? [], new ReservedPlaces(m.AgreementId, m.PartnerIds, t.AddedPlaces)]
            : offer?.Details.Reserved;
        // Decided before anything changes: rejected terms leave nothing behind but the rejection, which leaves through the outbox
        // in this unit of work. No cooperation is kept for them, so an end arriving later has nothing to withdraw.
        if (TermsRejection.Of(m, offer, request.Validate(facility, lifecycle.Today())) is { } rejection)
        {
            await context.Publish(rejection, ct);
            return;
        }

        var cooperation = new Cooperation { AgreementId = m.AgreementId, TenantId = m.TenantId, OfferId = offer?.Id };
        db.Cooperations.Add(cooperation);
        var actor = Actor(m.AgreementId);
        var end = t.Until is { } until ? Later(until.AddDays(1)) : (DateOnly?)null;
        if (offer is not null)
        {
            // Taken before the change: one that takes effect today replaces the offer's details.
            var before = offer.Details;
            cooperation.PlannedChangeId = (await lifecycle.PlanChangeAsync(offer, request.ToDetails() with { Reserved = reserved }, facility!, Later(t.From), actor, ct)).Id;
            if (end is { } day) cooperation.EndChangeId = (await lifecycle.PlanChangeAsync(offer, before, facility!, day, actor, ct)).Id;
        }
        else
        {
            var created = await lifecycle.RegisterAsync(request.ToDetails() with { Reserved = reserved }, facility!, Later(t.From), actor, ct);
            cooperation.OfferId = created.Id;
            if (end is { } day) cooperation.EndChangeId = (await lifecycle.PlanWithdrawalAsync(created, facility!, day, actor, ct)).Id;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task Consume(ConsumeContext<CooperationEnded> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        var cooperation = await db.Cooperations.SingleOrDefaultAsync(c => c.AgreementId == m.AgreementId, ct);
        if (cooperation is null) db.Cooperations.Add(cooperation = new Cooperation { AgreementId = m.AgreementId, TenantId = m.TenantId });
        if (cooperation.Ended) return;
        cooperation.Ended = true;

        var offer = cooperation.OfferId is { } id ? await db.Offers.Include(o => o.PlannedChanges).SingleOrDefaultAsync(o => o.Id == id, ct) : null;
        if (offer is not null && cooperation.PlannedChangeId is { } changeId
            && offer.PlannedChanges.SingleOrDefault(c => c.Id == changeId) is { Status: PlannedChangeStatus.Pending } change)
        {
            await lifecycle.CancelChangeAsync(offer, change, Actor(m.AgreementId), ct);
            // Nothing was added, so there is nothing to end.
            if (offer.PlannedChanges.SingleOrDefault(c => c.Id == cooperation.EndChangeId) is { Status: PlannedChangeStatus.Pending } end)
                await lifecycle.CancelChangeAsync(offer, end, Actor(m.AgreementId), ct);
        }
        else if (offer is { Status: OfferStatus.Planned } && cooperation.PlannedChangeId is null)
            await lifecycle.WithdrawAsync(offer, Actor(m.AgreementId), ct);
        // A change that has already taken effect stays until the agreement's own last day, if it has one: undoing it sooner is the
        // planner's decision, not the end of a contract's.
        await db.SaveChangesAsync(ct);
    }

    private static string Actor(Guid agreement) => $"cooperation {agreement}";

    /// <summary>A change from today takes effect today; one agreed for an earlier day cannot be planned into the past.</summary>
    private DateOnly Later(DateOnly from) => from > lifecycle.Today() ? from : lifecycle.Today();
}
