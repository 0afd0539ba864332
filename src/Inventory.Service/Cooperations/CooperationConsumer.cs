using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.Inventory.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Inventory.Cooperations;

/// <summary>
/// Step 4 of the measure: an agreement with a partner becomes a planned change of the offer it
/// extends (more places, longer hours, short-term placements) or a planned new offer, through the
/// same lifecycle as a planner's changes, with the agreement named in the history. Terms the
/// inventory cannot take (an unknown offer, hours it cannot read) fault the message with the reason.
/// </summary>
public sealed class CooperationConsumer(InventoryDbContext db, OfferLifecycle lifecycle) : IConsumer<CooperationAgreed>, IConsumer<CooperationEnded>
{
    public async Task Consume(ConsumeContext<CooperationAgreed> context)
    {
        var m = context.Message;
        var ct = context.CancellationToken;
        if (await db.Cooperations.AnyAsync(c => c.AgreementId == m.AgreementId, ct)) return;
        var cooperation = new Cooperation { AgreementId = m.AgreementId, TenantId = m.TenantId };
        db.Cooperations.Add(cooperation);
        var actor = Actor(m.AgreementId);
        var t = m.Terms;

        if (t.OfferId is { } offerId)
        {
            var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId && o.Status == OfferStatus.Active, ct)
                ?? throw Refused(m, $"offer {offerId} is not an active offer of the tenant");
            var facility = await db.Facilities.SingleAsync(f => f.Id == offer.Details.FacilityId, ct);
            var d = offer.Details;
            var request = new OfferRequest(d.FacilityId, d.Name, d.Category, d.Places + t.AddedPlaces, d.OccupiedPlaces, t.OpeningHours ?? d.OpeningHours,
                t.TakesShortTermPlacements ?? d.TakesShortTermPlacements, d.TenantCategory, d.Ages, d.Closures, d.Languages, d.FeeNote);
            Check(m, request, facility);
            cooperation.OfferId = offer.Id;
            cooperation.PlannedChangeId = (await lifecycle.PlanChangeAsync(offer, request.ToDetails(), facility, Later(t.From), actor, ct)).Id;
        }
        else
        {
            var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == t.FacilityId, ct);
            var request = new OfferRequest(t.FacilityId ?? Guid.Empty, t.Name ?? $"{m.Kind} ({t.Category})", t.Category, t.AddedPlaces, 0,
                t.OpeningHours ?? "", t.TakesShortTermPlacements ?? false);
            Check(m, request, facility);
            cooperation.OfferId = (await lifecycle.RegisterAsync(request.ToDetails(), facility!, Later(t.From), actor, ct)).Id;
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
            await lifecycle.CancelChangeAsync(offer, change, Actor(m.AgreementId), ct);
        else if (offer is { Status: OfferStatus.Planned } && cooperation.PlannedChangeId is null)
            await lifecycle.WithdrawAsync(offer, Actor(m.AgreementId), ct);
        // A change that has already taken effect stays: undoing it is the planner's decision, not the end of a contract's.
        await db.SaveChangesAsync(ct);
    }

    private static string Actor(Guid agreement) => $"cooperation {agreement}";

    /// <summary>A change from today takes effect today; one agreed for an earlier day cannot be planned into the past.</summary>
    private DateOnly Later(DateOnly from) => from > lifecycle.Today() ? from : lifecycle.Today();

    private void Check(CooperationAgreed m, OfferRequest request, Facilities.Facility? facility)
    {
        var validation = request.Validate(facility, lifecycle.Today());
        if (!validation.IsValid)
            throw Refused(m, string.Join("; ", validation.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    private static MessageException Refused(CooperationAgreed m, string reason) =>
        new(typeof(CooperationAgreed), $"Agreement {m.AgreementId} cannot change the inventory: {reason}.");
}
