using GutAusgestattet.Contracts.V1;
using GutAusgestattet.Inventory.Cooperations;
using GutAusgestattet.Inventory.Offers;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.UnitTests.Cooperations;

/// <summary>Which reason the inventory gives for terms it cannot apply: the offer first, then the terms' own rules.</summary>
public sealed class TermsRejectionTests
{
    private static readonly Guid OfferId = Guid.NewGuid();

    private static readonly CooperationAgreed Extending = new("09162000", Guid.NewGuid(), "extendedHours", [Guid.NewGuid()], ["kita:nord:time"],
        new CooperationTerms(OfferId, null, "kita", null, 2, "Mo-Fr 07:00-18:00", null, new DateOnly(2027, 8, 1), null, null));

    private static Offer Kita(OfferStatus status) => new()
    {
        Id = OfferId, TenantId = "09162000", Status = status,
        Details = new OfferDetails(Guid.NewGuid(), "Kita Nord", "kita", null, null, 10, 8, "Mo-Fr 08:00-16:00", [], false, ["de"], null),
    };

    private static RequestValidation Invalid => new RequestValidation().Add("openingHours", "Unreadable.");

    [Fact]
    public void The_offer_decides_before_the_rules_of_the_terms()
    {
        Assert.Equal(TermsRejectionReasons.OfferUnknown, TermsRejection.Of(Extending, null, Invalid)?.Reason);
        Assert.Equal(TermsRejectionReasons.OfferWithdrawn, TermsRejection.Of(Extending, Kita(OfferStatus.Withdrawn), Invalid)?.Reason);
        Assert.Equal(TermsRejectionReasons.InvalidTerms, TermsRejection.Of(Extending, Kita(OfferStatus.Planned), new RequestValidation())?.Reason);
    }

    [Fact]
    public void Terms_an_active_offer_can_take_are_not_rejected_and_those_it_cannot_name_the_failed_rule()
    {
        Assert.Null(TermsRejection.Of(Extending, Kita(OfferStatus.Active), new RequestValidation()));

        var rejection = TermsRejection.Of(Extending, Kita(OfferStatus.Active), Invalid);

        Assert.Equal(new AgreementTermsRejected("09162000", Extending.AgreementId, TermsRejectionReasons.InvalidTerms, "openingHours: Unreadable.", OfferId), rejection);
    }

    [Fact]
    public void A_new_offer_is_rejected_for_its_rules_only_and_names_no_offer()
    {
        var newOffer = Extending with { Terms = Extending.Terms with { OfferId = null, FacilityId = Guid.NewGuid() } };

        Assert.Null(TermsRejection.Of(newOffer, null, new RequestValidation()));
        Assert.Equal((TermsRejectionReasons.InvalidTerms, (Guid?)null), (TermsRejection.Of(newOffer, null, Invalid)?.Reason, TermsRejection.Of(newOffer, null, Invalid)?.OfferId));
    }
}
