using System.Globalization;
using System.Text;
using System.Text.Json;
using GutAusgestattet.Inventory.Areas;

namespace GutAusgestattet.Inventory.UnitTests.Areas;

/// <summary>The GeoJSON area import keeps Polygon and MultiPolygon outlines, rounded so that the same file read again compares equal.</summary>
public class GeoJsonAreaReaderTests
{
    private const string Square = """{ "type": "Polygon", "coordinates": [[[11.00, 49.00], [11.02, 49.00], [11.02, 49.02], [11.00, 49.02], [11.00, 49.00]]] }""";

    private static string Collection(params string[] geometries) =>
        $$"""{ "type": "FeatureCollection", "features": [{{string.Join(",", geometries.Select((g, i) =>
            $$"""{ "type": "Feature", "properties": { "code": "a{{i}}", "name": "A{{i}}" }, "geometry": {{g}} }"""))}}] }""";

    private static AreaInput Single(string geometry)
    {
        var file = GeoJsonAreaReader.Read(Collection(geometry));
        Assert.Empty(file.Errors);
        return Assert.Single(file.Rows).Input!;
    }

    private static Area Stored(AreaInput input) => new()
    {
        TenantId = "09564000", Code = input.Code, Name = input.State.Name,
        Latitude = input.State.Latitude, Longitude = input.State.Longitude, Outline = input.OutlineOf(null),
    };

    [Fact]
    public void A_polygon_is_kept_as_the_outline_and_its_centroid_is_the_centre()
    {
        var input = Single(Square);

        Assert.Equal((49.01, 11.01), (input.State.Latitude, input.State.Longitude));
        Assert.False(input.KeepsOutline);
        Assert.Equal("""{"type":"Polygon","coordinates":[[[11,49],[11.02,49],[11.02,49.02],[11,49.02],[11,49]]]}""", input.Outline);
    }

    [Fact]
    public void A_multipolygon_keeps_every_polygon_with_its_holes()
    {
        const string islands = """
            { "type": "MultiPolygon", "coordinates": [
              [[[10.00, 48.00], [10.04, 48.00], [10.04, 48.04], [10.00, 48.04], [10.00, 48.00]],
               [[10.01, 48.01], [10.01, 48.02], [10.02, 48.02], [10.02, 48.01], [10.01, 48.01]]],
              [[[10.06, 48.00], [10.08, 48.00], [10.08, 48.02], [10.06, 48.02], [10.06, 48.00]]] ] }
            """;

        var outline = JsonDocument.Parse(Single(islands).Outline!).RootElement;

        Assert.Equal("MultiPolygon", outline.GetProperty("type").GetString());
        var polygons = outline.GetProperty("coordinates").EnumerateArray().ToList();
        Assert.Equal([2, 1], polygons.Select(p => p.GetArrayLength()));
        Assert.Equal([10.01, 48.02], polygons[0][1][1].EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public void Coordinates_are_rounded_to_seven_decimals_so_the_same_outline_read_again_changes_nothing()
    {
        // The same outline as a second export writes it, differing only past the seventh decimal.
        var first = Single("""{ "type": "Polygon", "coordinates": [[[11.123456749, 49.0], [11.2, 49.0], [11.2, 49.100000001], [11.123456749, 49.0]]] }""");
        var again = Single("""{ "type": "Polygon", "coordinates": [[[11.12345674, 49.00000002], [11.2, 49.0], [11.2, 49.100000004], [11.12345674, 49.00000002]]] }""");

        Assert.Contains("[11.1234567,49]", first.Outline);
        Assert.Equal(first, again);
        Assert.True(Stored(first).Matches(again));
    }

    [Fact]
    public void A_point_has_no_outline_and_removes_one_imported_before_while_a_csv_row_keeps_it()
    {
        var polygon = Stored(Single(Square));
        var point = Single("""{ "type": "Point", "coordinates": [11.01, 49.01] }""");
        var csv = Assert.Single(CsvAreaReader.Read("code,name,latitude,longitude\na0,A0,49.01,11.01\n").Rows).Input!;

        Assert.Null(point.Outline);
        Assert.False(polygon.Matches(point));
        Assert.True(csv.KeepsOutline);
        Assert.True(polygon.Matches(csv));
        polygon.Change(point);
        Assert.Equal((null, 2), (polygon.Outline, polygon.Version));
    }

    [Fact]
    public void A_self_crossing_polygon_is_refused_naming_the_feature_and_the_geometry()
    {
        const string bowTie = """{ "type": "Polygon", "coordinates": [[[11.00, 49.00], [11.02, 49.02], [11.02, 49.00], [11.00, 49.02], [11.00, 49.00]]] }""";

        var file = GeoJsonAreaReader.Read(Collection(Square, bowTie));

        var error = Assert.Single(file.Errors);
        Assert.Equal((null, 1, "geometry"), (error.Line, error.Feature, error.Field));
        Assert.StartsWith("The polygon's outline crosses itself near longitude 11.01, latitude 49.01", error.Rule);
        Assert.Null(file.Rows[1].Input);
    }

    public static TheoryData<string, string> BadOutlines => new()
    {
        { """{ "type": "Polygon", "coordinates": [[[11.0, 49.0], [11.1, 49.0], [11.1, 49.1], [11.0, 49.1]]] }""", "cannot be read" },
        { """{ "type": "Polygon", "coordinates": [[[11.0, 89.0], [11.1, 89.0], [11.1, 91.0], [11.0, 89.0]]] }""", AreaOutline.RangeRule },
        { """{ "type": "Polygon", "coordinates": [[[11.0, 49.0], [11.1, 49.0], [11.1, 49.1], [11.0, 49.1], [11.0, 49.0]], [[12.0, 49.0], [12.1, 49.0], [12.1, 49.1], [12.0, 49.0]]] }""", "not a valid polygon" },
        { Ring(AreaOutline.MaxCorners), AreaOutline.SizeRule },
    };

    [Theory]
    [MemberData(nameof(BadOutlines))]
    public void An_outline_that_is_not_a_plain_polygon_of_WGS_84_corners_is_refused_naming_the_geometry(string geometry, string rule)
    {
        var error = Assert.Single(GeoJsonAreaReader.Read(Collection(geometry)).Errors);

        Assert.Equal("geometry", error.Field);
        Assert.Contains(rule, error.Rule);
    }

    [Fact]
    public void An_outline_of_the_most_corners_allowed_is_kept()
    {
        Assert.NotNull(Single(Ring(AreaOutline.MaxCorners - 1)).Outline);
    }

    /// <summary>A circle of <paramref name="corners"/> distinct corners (and the first again to close it).</summary>
    private static string Ring(int corners)
    {
        var json = new StringBuilder("""{ "type": "Polygon", "coordinates": [[""");
        for (var i = 0; i <= corners; i++)
        {
            var angle = 2 * Math.PI * (i % corners) / corners;
            json.Append(CultureInfo.InvariantCulture, $"[{11 + 0.05 * Math.Cos(angle):R},{49 + 0.05 * Math.Sin(angle):R}]").Append(i < corners ? "," : "");
        }
        return json.Append("]] }").ToString();
    }
}
