using GutAusgestattet.Partners.Agreements;

namespace GutAusgestattet.Partners.UnitTests;

public sealed class AgreementRequestTests
{
    private static readonly DateOnly From = new(2026, 12, 2);

    private static AgreementRequest Valid(TermsRequest? terms = null, string? kind = "extendedHours") =>
        new(kind, [Guid.NewGuid()], ["kita:mitte:time"], terms ?? new TermsRequest(OfferId: Guid.NewGuid(), Category: "kita", OpeningHours: " Mo-Fr 06:00-17:00 ", From: From));

    [Fact]
    public void Valid_terms_become_the_terms_announced_trimmed()
    {
        var (validation, terms) = Valid().Validate();
        Assert.True(validation.IsValid);
        Assert.Equal(("kita", "Mo-Fr 06:00-17:00", From, 0), (terms!.Category, terms.OpeningHours, terms.From, terms.AddedPlaces));
    }

    [Theory]
    [InlineData("reservedPlaces")]
    [InlineData("companyChildcare")]
    [InlineData("seniorCareSupport")]
    public void Every_kind_of_the_issue_is_known(string kind) => Assert.True(Valid(kind: kind).Validate().Validation.IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ExtendedHours")]
    [InlineData("sponsoring")]
    public void An_unknown_kind_is_named(string? kind) => AssertRefused(Valid(kind: kind), "kind");

    [Fact]
    public void No_partners_no_gaps_and_no_terms_are_each_named()
    {
        var (validation, terms) = new AgreementRequest("shuttle", [], [" "]).Validate();
        Assert.Null(terms);
        Assert.Equal(["gapKeys[0]", "partnerIds", "terms"], validation.Errors.Keys.Order());
    }

    [Fact]
    public void Contact_details_in_the_name_or_funding_that_CooperationAgreed_carries_are_refused_naming_each() =>
        Assert.Equal(["terms.funding", "terms.name"], Valid(new TermsRequest(FacilityId: Guid.NewGuid(), Category: "krippe", Name: "Betriebskrippe, info@firma.example",
            From: From, Funding: "Firma trägt 60 %, Rückfragen Herr Yilmaz 0911 9876543")).Validate().Validation.Errors.Keys.Order());

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused_and_one_day_is_allowed()
    {
        AssertRefused(Valid(new TermsRequest(OfferId: Guid.NewGuid(), Category: "kita", From: From, Until: From.AddDays(-1))), "terms.until");
        Assert.True(Valid(new TermsRequest(OfferId: Guid.NewGuid(), Category: "kita", From: From, Until: From)).Validate().Validation.IsValid);
    }

    [Fact]
    public void Negative_places_empty_opening_hours_a_missing_start_and_category_are_each_named()
    {
        var (validation, _) = Valid(new TermsRequest(OfferId: Guid.NewGuid(), AddedPlaces: -1, OpeningHours: "  ")).Validate();
        Assert.Equal(["terms.addedPlaces", "terms.category", "terms.from", "terms.openingHours"], validation.Errors.Keys.Order());
    }

    [Fact]
    public void The_terms_name_either_an_offer_or_a_facility()
    {
        AssertRefused(Valid(new TermsRequest(Category: "kita", From: From)), "terms.offerId");
        AssertRefused(Valid(new TermsRequest(OfferId: Guid.NewGuid(), FacilityId: Guid.NewGuid(), Category: "kita", From: From)), "terms.offerId");
        Assert.True(Valid(new TermsRequest(FacilityId: Guid.NewGuid(), Category: "kita", Name: "Betriebskita", AddedPlaces: 12, From: From), "companyChildcare").Validate().Validation.IsValid);
    }

    private static void AssertRefused(AgreementRequest request, string field)
    {
        var (validation, terms) = request.Validate();
        Assert.Null(terms);
        Assert.Equal([field], validation.Errors.Keys);
    }
}
