using GutAusgestattet.Inventory.Areas;

namespace GutAusgestattet.Inventory.UnitTests.Areas;

/// <summary>A facility lies in the area whose polygon contains it; the nearest centre only where no polygon does.</summary>
public class AreaPlacementTests
{
    /// <summary>A square ring from (west, south) with sides of <paramref name="size"/> degrees, counter-clockwise.</summary>
    private static string Ring(double west, double south, double size) =>
        FormattableString.Invariant($"[[{west},{south}],[{west + size},{south}],[{west + size},{south + size}],[{west},{south + size}],[{west},{south}]]");

    private static string Polygon(params string[] rings) => $$"""{"type":"Polygon","coordinates":[{{string.Join(",", rings)}}]}""";

    private static string MultiPolygon(params string[] parts) => $$"""{"type":"MultiPolygon","coordinates":[{{string.Join(",", parts.Select(p => $"[{p}]"))}}]}""";

    private static PlacedArea Area(string code, double latitude, double longitude, string? outline = null) => new(code, "Ortsteil " + code, latitude, longitude, outline);

    [Fact]
    public void A_point_in_a_polygons_hole_lies_in_the_area_filling_the_hole_though_the_outer_areas_centre_is_nearer()
    {
        // Altstadt is a ring around the Dom quarter; the Dom quarter's centre lies off-centre, the ring's centre in the hole.
        var places = new AreaPlacement([
            Area("altstadt", 54.50, 9.50, Polygon(Ring(9.40, 54.40, 0.2), Ring(9.45, 54.45, 0.1))),
            Area("dom", 54.46, 9.46, Polygon(Ring(9.45, 54.45, 0.1))),
        ]);

        var placement = places.Place(54.53, 9.53);

        Assert.Equal(("dom", PlacementBasis.Polygon), (placement?.Area.Code, placement?.Basis));
        Assert.Equal("altstadt", places.Place(54.42, 9.42)?.Area.Code);
    }

    [Fact]
    public void A_point_in_a_hole_no_other_polygon_fills_goes_to_the_nearest_centre_as_outside_every_polygon()
    {
        var places = new AreaPlacement([
            Area("ring", 54.50, 9.50, Polygon(Ring(9.40, 54.40, 0.2), Ring(9.45, 54.45, 0.1))),
            Area("nord", 54.70, 9.50, Polygon(Ring(9.40, 54.65, 0.2))),
        ]);

        var placement = places.Place(54.50, 9.50);

        Assert.Equal(("ring", PlacementBasis.OutsidePolygons), (placement?.Area.Code, placement?.Basis));
    }

    [Fact]
    public void A_point_on_a_multipolygons_second_part_lies_in_that_area()
    {
        // Mitte has an island far to the east, nearer to Ost's centre.
        var places = new AreaPlacement([
            Area("mitte", 54.50, 9.50, MultiPolygon(Ring(9.40, 54.40, 0.2), Ring(10.00, 54.40, 0.05))),
            Area("ost", 54.50, 10.10, Polygon(Ring(10.06, 54.40, 0.2))),
        ]);

        var placement = places.Place(54.42, 10.02);

        Assert.Equal(("mitte", PlacementBasis.Polygon), (placement?.Area.Code, placement?.Basis));
    }

    [Fact]
    public void A_point_outside_all_polygons_goes_to_the_nearest_centre_and_says_so()
    {
        var places = new AreaPlacement([
            Area("west", 54.50, 9.50, Polygon(Ring(9.40, 54.40, 0.2))),
            Area("ost", 54.50, 10.00, Polygon(Ring(9.90, 54.40, 0.2))),
        ]);

        var placement = places.Place(54.50, 9.80);

        Assert.Equal(("ost", PlacementBasis.OutsidePolygons), (placement?.Area.Code, placement?.Basis));
        Assert.Null(places.Containing(54.50, 9.80));
    }

    [Fact]
    public void With_outlines_and_without_mixed_a_point_outside_the_polygons_goes_to_the_nearest_area_without_one()
    {
        // Hafen's polygon is known, Dorf has a centre only; the point lies just outside Hafen, nearer to Hafen's centre.
        var places = new AreaPlacement([
            Area("hafen", 54.50, 9.50, Polygon(Ring(9.40, 54.40, 0.2))),
            Area("dorf", 54.50, 10.20),
        ]);

        var outside = places.Place(54.50, 9.62);
        var inside = places.Place(54.50, 9.59);

        Assert.Equal(("dorf", PlacementBasis.OutsidePolygons), (outside?.Area.Code, outside?.Basis));
        Assert.Equal(("hafen", PlacementBasis.Polygon), (inside?.Area.Code, inside?.Basis));
    }

    [Fact]
    public void Without_any_outline_the_nearest_centre_is_taken_and_that_no_area_has_an_outline_is_said()
    {
        var places = new AreaPlacement([Area("nord", 54.60, 9.50), Area("sued", 54.40, 9.50)]);

        var placement = places.Place(54.45, 9.70);

        Assert.Equal(("sued", PlacementBasis.NoOutlines), (placement?.Area.Code, placement?.Basis));
    }

    [Fact]
    public void A_point_on_the_border_of_two_areas_goes_to_the_code_sorting_first_whichever_order_they_came_in()
    {
        PlacedArea[] areas = [Area("b", 54.50, 9.60, Polygon(Ring(9.50, 54.40, 0.2))), Area("a", 54.50, 9.40, Polygon(Ring(9.30, 54.40, 0.2)))];

        Assert.Equal("a", new AreaPlacement(areas).Place(54.50, 9.50)?.Area.Code);
        Assert.Equal("a", new AreaPlacement(areas.Reverse()).Place(54.50, 9.50)?.Area.Code);
    }

    [Fact]
    public void Without_areas_nothing_is_placed()
    {
        Assert.Null(new AreaPlacement([]).Place(54.5, 9.5));
    }
}
