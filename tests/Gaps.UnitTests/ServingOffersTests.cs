using GutAusgestattet.Gaps.GapEngine;

namespace GutAusgestattet.Gaps.UnitTests;

/// <summary>The offers a gap is measured against: the comparison's own catchment, nearest first.</summary>
public sealed class ServingOffersTests
{
    private static readonly SlotRange Monday = new(32, 40);
    private static readonly double KmNorth = 1 / (6371.0088 * Math.PI / 180);

    private static OfferInput Offer(string category, string area, double latitude, int free = 3) =>
        new(Guid.NewGuid(), category, area, latitude, 11.07, free, [Monday], false, []);

    [Fact]
    public void Offers_of_the_category_in_the_area_or_within_its_serving_distance_of_the_centre_serve_it_nearest_first()
    {
        var inArea = Offer("kita", "mitte", 49.45 + 0.5 * KmNorth, free: 2);
        var near = Offer("kita", "nord", 49.45 + 1.9 * KmNorth);
        var far = Offer("kita", "nord", 49.45 + 2.1 * KmNorth);
        var otherCategory = Offer("krippe", "mitte", 49.45);
        var input = new TenantInput([new AreaInput("mitte", 49.45, 11.07), new AreaInput("nord", 49.47, 11.07)], [far, near, otherCategory, inArea], [], new Dictionary<string, double>());

        var serving = ServingOffers.Of(input, "kita", "mitte");

        Assert.Equal([new ServingOffer(inArea.OfferId, true, 0.5, 2, true), new ServingOffer(near.OfferId, false, 1.9, 3, true)], serving);
    }

    [Fact]
    public void The_tenants_own_serving_distance_counts_and_an_area_without_a_centre_is_served_from_inside_only()
    {
        var near = Offer("kita", "nord", 49.45 + 2.5 * KmNorth);
        var inside = Offer("kita", "neubau", 49.40);
        var input = new TenantInput([new AreaInput("mitte", 49.45, 11.07), new AreaInput("neubau", null, null)], [near, inside], [],
            new Dictionary<string, double> { ["kita"] = 3 });

        Assert.Equal([near.OfferId], ServingOffers.Of(input, "kita", "mitte").Select(o => o.OfferId));
        Assert.Equal([new ServingOffer(inside.OfferId, true, null, 3, true)], ServingOffers.Of(input, "kita", "neubau"));
    }
}
