using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.Cooperations;

/// <summary>
/// Whether the inventory can take an agreement's terms, decided before anything changes: terms it cannot take are
/// rejected whole, so nothing of them is half-applied. The offer comes first, since validating terms against an offer
/// that is gone says nothing useful.
/// </summary>
public static class TermsRejection
{
    /// <param name="offer">The offer the terms name, of any status; null when they name none, or none of the tenant has that id.</param>
    /// <param name="validation">The offer as the terms would leave it (or the new offer), validated as a planner's request would be.</param>
    /// <returns>The rejection to announce; null when the terms can be applied.</returns>
    public static AgreementTermsRejected? Of(CooperationAgreed agreed, Offer? offer, RequestValidation validation)
    {
        var offerId = agreed.Terms.OfferId;
        var (reason, detail) = (offerId, offer) switch
        {
            ({ } id, null) => (TermsRejectionReasons.OfferUnknown, $"Offer {id} is not an offer of the municipality."),
            (_, { Status: OfferStatus.Withdrawn }) => (TermsRejectionReasons.OfferWithdrawn, $"Offer {offerId} has been withdrawn."),
            (_, { Status: OfferStatus.Planned }) => (TermsRejectionReasons.InvalidTerms, $"Offer {offerId} is planned, not yet open; a change can be planned once it is."),
            _ when !validation.IsValid => (TermsRejectionReasons.InvalidTerms,
                string.Join("; ", validation.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))),
            _ => (null, null),
        };
        return reason is null ? null : new AgreementTermsRejected(agreed.TenantId, agreed.AgreementId, reason, detail!, offerId);
    }
}
