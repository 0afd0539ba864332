using GutAusgestattet.Partners.Agreements;
using GutAusgestattet.Partners.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Partners.UnitTests;

public sealed class OfferReferencesTests
{
    private static readonly Guid OfferId = Guid.NewGuid();

    private static KnownOffer Offer(bool withdrawn = false) =>
        new() { TenantId = "09564000", OfferId = OfferId, Version = 1, FacilityId = Guid.NewGuid(), Category = "kita", Withdrawn = withdrawn };

    private static IDictionary<string, string[]> Errors(OfferReferences references, TermsRequest terms)
    {
        var validation = new RequestValidation();
        references.Check(terms, validation);
        return validation.Errors;
    }

    [Fact]
    public void An_offer_of_the_municipality_still_available_is_accepted() =>
        Assert.Empty(Errors(new OfferReferences(Offer(), false), new TermsRequest(OfferId: OfferId)));

    [Fact]
    public void An_offer_not_known_here_is_named_and_may_just_not_have_arrived_yet()
    {
        var errors = Errors(new OfferReferences(null, false), new TermsRequest(OfferId: OfferId));
        Assert.Equal(["terms.offerId"], errors.Keys);
        Assert.Contains("not an offer of the municipality (or not yet known here: try again in a moment)", errors["terms.offerId"].Single());
    }

    [Fact]
    public void A_withdrawn_offer_is_named() =>
        Assert.Contains("withdrawn", Errors(new OfferReferences(Offer(withdrawn: true), false), new TermsRequest(OfferId: OfferId))["terms.offerId"].Single());

    [Fact]
    public void A_facility_of_another_municipality_is_named() =>
        Assert.Equal(["terms.facilityId"], Errors(new OfferReferences(null, true), new TermsRequest(FacilityId: Guid.NewGuid())).Keys);

    [Fact]
    public void A_facility_no_offer_names_cannot_be_known_here_and_is_accepted() =>
        Assert.Empty(Errors(new OfferReferences(null, false), new TermsRequest(FacilityId: Guid.NewGuid())));
}
