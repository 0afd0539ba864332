using GutAusgestattet.PlannerWeb.Map;
using GutAusgestattet.PlannerWeb.ServiceClients;

namespace GutAusgestattet.PlannerWeb.UnitTests;

public sealed class AreaMapTests
{
    private static Gap Gap(string category, string area, GapKind kind, double persons, double personHours, bool open = true) =>
        new(Guid.NewGuid(), $"{category}:{area}:{kind.ToString().ToLowerInvariant()}", category, area, kind, persons, personHours, "Mo 06:00–08:00",
            50, 0.5, 5, open, 1, DateTimeOffset.UnixEpoch, null);

    private static readonly Area[] Areas =
    [
        new("nordwest", "Nordwest", 51, 10),
        new("suedost", "Südost", 50, 12),
        new("mitte", "Mitte", 50.5, 11),
    ];

    /// <summary>Kita has 24 uncovered hours (19 in mitte, 5 in suedost), Krippe 12; Tagespflege's 90 are a feature gap's, not counted.</summary>
    private static readonly Gap[] Gaps =
    [
        Gap("kita", "mitte", GapKind.Content, persons: 2, personHours: 10),
        Gap("kita", "mitte", GapKind.Time, persons: 4, personHours: 6),
        Gap("kita", "mitte", GapKind.Capacity, persons: 1, personHours: 3),
        Gap("kita", "mitte", GapKind.Feature, persons: 9, personHours: 19),
        Gap("kita", "mitte", GapKind.Time, persons: 7, personHours: 50, open: false),
        Gap("krippe", "mitte", GapKind.Content, persons: 5, personHours: 12),
        Gap("tagespflege", "mitte", GapKind.Feature, persons: 9, personHours: 90),
        Gap("sprachcafe", "mitte", GapKind.Content, persons: 1, personHours: 1),
        Gap("kita", "suedost", GapKind.Time, persons: 3, personHours: 5),
    ];

    private static AreaMap.Point At(AreaMap map, string code) => map.Spots.Single(s => s.Code == code).Position!.Value;

    [Fact]
    public void North_is_up_longitude_shrinks_with_the_cosine_of_the_mean_latitude_and_the_areas_fill_the_padded_box_centred()
    {
        var map = AreaMap.Of(Areas, [], "kita", []);

        var (northWest, southEast, middle) = (At(map, "nordwest"), At(map, "suedost"), At(map, "mitte"));
        // Two degrees of longitude at 50.5° are 2·cos(50.5°) ≈ 1.27 "degrees of latitude" wide, one of latitude 1 high:
        // the height binds, so the spots span the box's height inside the padding and are centred across.
        Assert.Equal(AreaMap.Padding, northWest.Y, 6);
        Assert.Equal(AreaMap.Height - AreaMap.Padding, southEast.Y, 6);
        Assert.Equal(2 * Math.Cos(50.5 * Math.PI / 180), (southEast.X - northWest.X) / (southEast.Y - northWest.Y), 6);
        Assert.Equal(AreaMap.Width / 2, (northWest.X + southEast.X) / 2, 6);
        Assert.Equal((AreaMap.Width / 2, AreaMap.Height / 2), (middle.X, middle.Y));
        Assert.All(map.Spots, s => Assert.InRange(s.Position!.Value.X, AreaMap.Padding, AreaMap.Width - AreaMap.Padding));
        Assert.True(southEast is { X: > AreaMap.Width / 2 } && map.Spots.Single(s => s.Code == "suedost").LabelLeft);
        Assert.False(map.Spots.Single(s => s.Code == "nordwest").LabelLeft);
    }

    [Fact]
    public void One_area_or_areas_at_one_centre_stand_in_the_middle()
    {
        var one = AreaMap.Of([Areas[0]], [], "kita", []);
        var same = AreaMap.Of([new("a", "A", 49.45, 11.07), new("b", "B", 49.45, 11.07)], [], "kita", []);

        Assert.Equal(new AreaMap.Point(AreaMap.Width / 2, AreaMap.Height / 2), At(one, "nordwest"));
        Assert.All(same.Spots, s => Assert.Equal(new AreaMap.Point(AreaMap.Width / 2, AreaMap.Height / 2), s.Position));
    }

    /// <summary>A square of 0.2° around (50.5, 11) with a square hole, and a second small square east of it.</summary>
    private static readonly double[][][][] Islands =
    [
        [
            [[10.9, 50.4], [11.1, 50.4], [11.1, 50.6], [10.9, 50.6], [10.9, 50.4]],
            [[10.95, 50.45], [10.95, 50.55], [11.05, 50.55], [11.05, 50.45], [10.95, 50.45]],
        ],
        [[[11.2, 50.4], [11.3, 50.4], [11.3, 50.5], [11.2, 50.4]]],
    ];

    [Fact]
    public void An_outline_becomes_one_path_of_closed_rings_inside_the_view_box_and_the_box_fits_its_corners()
    {
        var map = AreaMap.Of([new("mitte", "Mitte", 50.5, 11, Islands), new("nord", "Nord", 50.55, 11)], [], "kita", []);

        var outline = map.Spots.Single(s => s.Code == "mitte").Outline!;
        var rings = outline.Split(" Z", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rings.Length);
        Assert.EndsWith(" Z", outline);
        Assert.All(rings, ring => Assert.Matches(@"^ ?M [\d.]+ [\d.]+( L [\d.]+ [\d.]+){2,}$", ring));
        var corners = outline.Split(' ').Where(t => double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).Chunk(2).ToList();
        Assert.Equal(4 + 4 + 3, corners.Count);
        Assert.All(corners, c => Assert.InRange(c[0], AreaMap.Padding - 0.05, AreaMap.Width - AreaMap.Padding + 0.05));
        Assert.All(corners, c => Assert.InRange(c[1], AreaMap.Padding - 0.05, AreaMap.Height - AreaMap.Padding + 0.05));
        // The box fits the outline's 0.2° of latitude, not the centres' 0.05°: the height binds, as 0.4° of longitude at
        // about 50.5° (× cos ≈ 0.64) leave more room across.
        Assert.Equal(AreaMap.Padding, corners.Min(c => c[1]), 1);
        Assert.Equal(AreaMap.Height - AreaMap.Padding, corners.Max(c => c[1]), 1);
        // An area without an outline stays a spot at its centre.
        Assert.Null(map.Spots.Single(s => s.Code == "nord").Outline);
        Assert.NotNull(map.Spots.Single(s => s.Code == "nord").Position);
    }

    [Fact]
    public void Corners_closer_than_the_drawing_shows_are_drawn_once()
    {
        double[][] fine = [[11, 50], .. Enumerable.Range(1, 999).Select(i => new[] { 11 + i * 1e-7, 50.0 }), [12, 50], [12, 51], [11, 50]];

        var outline = AreaMap.Of([new("a", "A", 50.5, 11.5, [[fine]])], [], "kita", []).Spots.Single().Outline!;

        Assert.Equal(["M", "L", "L", "Z"], outline.Split(' ').Where(t => t.Length == 1 && char.IsLetter(t[0])));
    }

    [Fact]
    public void An_areas_hours_are_its_open_content_time_and_capacity_gaps_of_the_category_and_feature_gaps_are_not_counted_again()
    {
        var map = AreaMap.Of(Areas, Gaps, "kita", []);

        var mitte = map.Spots.Single(s => s.Code == "mitte");
        Assert.Equal((19.0, 4.0, 4, 3), (mitte.PersonHours, mitte.PeakPersons, mitte.OpenGaps, mitte.Level));
        Assert.Equal(19, map.Peak);
        var southEast = map.Spots.Single(s => s.Code == "suedost");
        Assert.Equal((5.0, 3.0, 1, 1), (southEast.PersonHours, southEast.PeakPersons, southEast.OpenGaps, southEast.Level));
        // An area without gaps is drawn as covered.
        var northWest = map.Spots.Single(s => s.Code == "nordwest");
        Assert.Equal((0.0, 0.0, 0, 0), (northWest.PersonHours, northWest.PeakPersons, northWest.OpenGaps, northWest.Level));
        Assert.Equal(["mitte", "suedost", "nordwest"], map.Spots.Select(s => s.Code));
    }

    private static Partner Company(string name, params PartnerSite[] sites) =>
        new(Guid.NewGuid(), name.ToLowerInvariant(), "company", name, null, "H49", "H", "Landverkehr", sites,
            sites.Sum(s => s.Employees), sites.Sum(s => s.Incomings), sites.Sum(s => s.Outgoings), DateTimeOffset.UnixEpoch);

    private static PartnerSite SiteAt(double latitude, double longitude, string? name = null, string? area = null, int incomings = 10) =>
        new(name, "Hafenstraße 1", "90402", latitude, longitude, area, 100, incomings, 5);

    [Fact]
    public void A_partners_site_stands_where_it_is_among_the_areas_in_the_same_projection()
    {
        var atMitte = Company("Nah Logistik", SiteAt(50.5, 11, "Lager", "mitte", incomings: 60));
        var map = AreaMap.Of(Areas, [], "kita", [atMitte]);

        var site = Assert.Single(map.Sites);
        Assert.Equal(At(map, "mitte"), site.Position);
        Assert.Equal((atMitte.Id, "Nah Logistik", "Lager", "mitte", 60), (site.PartnerId, site.PartnerName, site.Label, site.AreaCode, site.Incomings));
        // Without sites the areas are placed as before: the sites add to the fit, they do not move it.
        Assert.Equal(AreaMap.Of(Areas, [], "kita", []).Spots.Select(s => s.Position), map.Spots.Select(s => s.Position));
    }

    [Fact]
    public void A_site_beyond_every_area_widens_the_fit_and_is_still_on_the_map()
    {
        var map = AreaMap.Of(Areas, [], "kita", [Company("Fernwerk", SiteAt(52, 10))]);

        var site = Assert.Single(map.Sites).Position;
        Assert.Equal(AreaMap.Padding, site.Y, 6);
        Assert.InRange(site.X, AreaMap.Padding, AreaMap.Width - AreaMap.Padding);
        Assert.True(At(map, "nordwest").Y > AreaMap.Padding, "the northernmost area is no longer at the top");
    }

    [Fact]
    public void Sites_are_listed_by_partner_then_site_and_one_without_a_name_goes_by_its_address()
    {
        var map = AreaMap.Of(Areas, [], "kita",
        [
            Company("Zeller Bau", SiteAt(50.6, 11.1, "Werk")),
            Company("Ahorn Pflege", SiteAt(50.4, 10.9, "Zentrale"), SiteAt(50.7, 11.2)),
            Company("Leer GmbH"),
        ]);

        Assert.Equal([("Ahorn Pflege", "Hafenstraße 1"), ("Ahorn Pflege", "Zentrale"), ("Zeller Bau", "Werk")],
            map.Sites.Select(s => (s.PartnerName, s.Label)));
    }

    [Fact]
    public void An_area_Inventory_does_not_know_is_listed_by_its_code_but_not_placed()
    {
        var map = AreaMap.Of([], [Gap("kita", "neubau", GapKind.Content, persons: 1, personHours: 2)], "kita", []);

        var spot = Assert.Single(map.Spots);
        Assert.Equal(("neubau", "neubau", (AreaMap.Point?)null, 3), (spot.Code, spot.Name, spot.Position, spot.Level));
    }

    [Fact]
    public void The_category_asked_for_is_shown_otherwise_the_one_with_the_most_uncovered_hours()
    {
        Assert.Equal("krippe", AreaMap.Choose("krippe", Gaps));
        Assert.Equal("hort", AreaMap.Choose("hort", Gaps));
        Assert.Equal("sprachcafe", AreaMap.Choose("sprachcafe", Gaps));
        Assert.Equal("kita", AreaMap.Choose(null, Gaps));
        Assert.Equal("kita", AreaMap.Choose("no-such-category", Gaps));
        Assert.Equal("krippe", AreaMap.Choose(null, []));
        Assert.Equal(["krippe", "kita", "hort"], AreaMap.Categories(Gaps).Take(3));
        Assert.Equal("sprachcafe", AreaMap.Categories(Gaps)[^1]);
    }
}
