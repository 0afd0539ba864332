using System.Text.Json;
using GutAusgestattet.Inventory.Apis;
using GutAusgestattet.Inventory.Areas;
using GutAusgestattet.ServiceDefaults.Http;

namespace GutAusgestattet.Inventory.UnitTests.Areas;

/// <summary>A PUT's <c>outline</c>: left out it keeps the area's outline, null removes it, a geometry is checked like an imported one.</summary>
public class AreaRequestTests
{
    private static (AreaInput? Input, IDictionary<string, string[]> Errors) Read(string outline)
    {
        var request = JsonSerializer.Deserialize<AreaRequest>($$"""{ "name": "Mitte", "latitude": 49.45, "longitude": 11.07{{outline}} }""", JsonSerializerOptions.Web)!;
        var validation = new RequestValidation();
        return (request.Read("mitte", validation), validation.Errors);
    }

    [Fact]
    public void Left_out_the_outline_stays_null_removes_it_and_a_polygon_replaces_it()
    {
        var kept = Read("").Input!;
        var removed = Read(""", "outline": null""").Input!;
        var square = Read(""", "outline": { "type": "Polygon", "coordinates": [[[11.06, 49.44], [11.08, 49.44], [11.08, 49.46], [11.06, 49.44]]] }""").Input!;

        Assert.True(kept.KeepsOutline);
        Assert.Equal((false, null), (removed.KeepsOutline, removed.Outline));
        Assert.Equal("""{"type":"Polygon","coordinates":[[[11.06,49.44],[11.08,49.44],[11.08,49.46],[11.06,49.44]]]}""", square.Outline);
        // The centre is the one sent, not the outline's centroid.
        Assert.Equal((49.45, 11.07), (square.State.Latitude, square.State.Longitude));
    }

    [Theory]
    [InlineData(""", "outline": { "type": "Point", "coordinates": [11.07, 49.45] }""", "not Point")]
    [InlineData(""", "outline": "Polygon((11 49, 12 49, 12 50, 11 49))" """, "GeoJSON Polygon or MultiPolygon")]
    [InlineData(""", "outline": { "type": "Polygon", "coordinates": [[[11.00, 49.00], [11.02, 49.02], [11.02, 49.00], [11.00, 49.02], [11.00, 49.00]]] }""", "crosses itself")]
    public void A_bad_outline_is_refused_naming_the_field(string outline, string rule)
    {
        var (input, errors) = Read(outline);

        Assert.Null(input);
        Assert.Contains(rule, Assert.Single(errors["outline"]));
    }
}
