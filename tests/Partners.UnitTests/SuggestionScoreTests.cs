using GutAusgestattet.Partners.Registry;
using GutAusgestattet.Partners.Suggestions;

namespace GutAusgestattet.Partners.UnitTests;

public sealed class SuggestionScoreTests
{
    private static readonly GapToFill KitaGap = new("kita", "content", "mitte", (49.45, 11.07));

    private static PartnerSite Site(double lat, double lon, int incomings = 0, int outgoings = 0, string? area = null) =>
        new("Werk", "Hauptstraße 1", "90402", lat, lon, area, 500, incomings, outgoings);

    private static Candidate Company(string name, string sector, bool agreed = false, params PartnerSite[] sites) =>
        new(Guid.NewGuid(), name, PartnerKind.Company, sector, sites, agreed);

    [Fact]
    public void A_near_site_with_many_incomings_outranks_a_far_one_with_more()
    {
        var near = Company("Nah GmbH", "C", false, Site(49.455, 11.075, incomings: 40));
        var far = Company("Fern AG", "C", false, Site(48.14, 11.58, incomings: 400));
        var ranked = SuggestionScore.Rank(KitaGap, [far, near]);
        Assert.Equal("Nah GmbH", Assert.Single(ranked).Name); // 150 km away: beyond reach, no points at all
        Assert.Equal(["nearness", "employees"], ranked[0].Reasons.Select(r => r.Factor));
    }

    [Fact]
    public void Points_follow_the_documented_formula()
    {
        var inArea = Company("A", "88", true, Site(0, 0, incomings: 25, area: "mitte"));
        var reasons = SuggestionScore.Score(KitaGap, inArea).ToDictionary(r => r.Factor, r => r.Points);
        Assert.Equal(40, reasons["nearness"]); // in the area
        Assert.Equal(15, reasons["employees"]); // 25 weighted → half of 30
        Assert.Equal(20, reasons["sector"]); // social work suits childcare fully
        Assert.Equal(10, reasons["cooperation"]);
    }

    [Fact]
    public void Nearness_falls_linearly_to_nothing_at_the_reach()
    {
        // 0.09° of latitude ≈ 10 km: half the reach.
        var points = SuggestionScore.Score(KitaGap, Company("B", "C", false, Site(49.45 + 0.0899, 11.07))).Single().Points;
        Assert.InRange(points, 19.5, 20.5);
    }

    [Fact]
    public void Outgoings_count_fully_for_senior_care_and_incomings_half()
    {
        var gap = KitaGap with { Category = "tagespflege" };
        var text = SuggestionScore.Score(gap, Company("C", "C", false, Site(49.45, 11.07, incomings: 10, outgoings: 10))).Single(r => r.Factor == "employees");
        Assert.Equal(11.3, text.Points); // 0.5 × 10 + 1 × 10 = 15 weighted → 30 · 15 / 40
    }

    [Fact]
    public void Without_the_area_centre_only_sites_tagged_with_the_area_are_near()
    {
        var gap = KitaGap with { Centre = null };
        Assert.Empty(SuggestionScore.Rank(gap, [Company("D", "C", false, Site(49.45, 11.07, incomings: 5))]));
        Assert.Single(SuggestionScore.Rank(gap, [Company("E", "C", false, Site(49.45, 11.07, incomings: 5, area: "mitte"))]));
    }

    [Theory]
    [InlineData("87", "tagespflege", 1.0)]
    [InlineData("Q", "tagespflege", 0.8)]
    [InlineData("88", "krippe", 1.0)]
    [InlineData("85", "kita", 0.8)]
    [InlineData("86", "kita", 0.5)]
    [InlineData("C", "kita", 0.0)]
    public void Sector_fit_prefers_health_and_social_work(string sector, string category, double fit) =>
        Assert.Equal(fit, SectorFit.Of(sector, category).Fit);

    [Fact]
    public void Distances_are_great_circle_kilometres() =>
        Assert.InRange(GeoDistance.Km(49.4521, 11.0767, 48.1372, 11.5755), 150, 153); // Nürnberg – München
}
