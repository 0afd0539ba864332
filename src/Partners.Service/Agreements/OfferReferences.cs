using GutAusgestattet.Partners.Offers;
using GutAusgestattet.Partners.Persistence;
using GutAusgestattet.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace GutAusgestattet.Partners.Agreements;

/// <summary>
/// The offer or facility an agreement's terms name, as far as Partners knows them from Inventory's
/// offer events: Inventory rejects terms naming another municipality's offer or a withdrawn one (<c>AgreementTermsRejected</c>),
/// so they are refused here already, where the planner still sees why at the field.
/// </summary>
/// <param name="Offer">The tenant's offer named by <c>terms.offerId</c>; null when none is named or it is not known.</param>
/// <param name="FacilityOfAnotherMunicipality">
/// Whether <c>terms.facilityId</c> is named only by other municipalities' offers. Facilities are not
/// announced on their own, so one without offers cannot be known here: a facility no offer names is
/// accepted (a new offer in a new facility is the usual company childcare), only one known to belong
/// elsewhere is refused.
/// </param>
public sealed record OfferReferences(KnownOffer? Offer, bool FacilityOfAnotherMunicipality)
{
    /// <summary>An offer registered a moment ago may not have reached Partners yet, so the message says so.</summary>
    public const string NotYetKnown = "(or not yet known here: try again in a moment)";

    public static async Task<OfferReferences> Find(PartnersDbContext db, TermsRequest? terms, CancellationToken ct)
    {
        var offer = terms?.OfferId is { } offerId ? await db.Offers.AsNoTracking().SingleOrDefaultAsync(o => o.OfferId == offerId, ct) : null;
        var foreign = terms?.FacilityId is { } facilityId
            && !await db.Offers.AnyAsync(o => o.FacilityId == facilityId, ct)
            && await IsNamedElsewhere(db, facilityId, ct);
        return new OfferReferences(offer, foreign);
    }

    // Across tenants only to learn whether the facility is someone else's; nothing of theirs is returned.
    private static async Task<bool> IsNamedElsewhere(PartnersDbContext db, Guid facilityId, CancellationToken ct)
    {
        using var allTenants = db.AcrossTenants();
        return await db.Offers.IgnoreQueryFilters().AnyAsync(o => o.FacilityId == facilityId, ct);
    }

    public void Check(TermsRequest? terms, RequestValidation validation)
    {
        if (terms?.OfferId is { } offerId && Offer is not { Withdrawn: false })
            validation.Add("terms.offerId", Offer is null
                ? $"'{offerId}' is not an offer of the municipality {NotYetKnown}."
                : $"'{offerId}' has been withdrawn; name an offer still available, or a facility for a new offer.");
        if (terms?.FacilityId is { } facilityId && FacilityOfAnotherMunicipality)
            validation.Add("terms.facilityId", $"'{facilityId}' is not a facility of the municipality.");
    }
}
